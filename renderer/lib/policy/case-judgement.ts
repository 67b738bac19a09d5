import type { CaseDetail } from '../../../shared/case-record';
import { judgeCase } from '../../../shared/judge-case';
import type { Verdict } from '../../../shared/policy';
import type { PolicyRecord } from '../../../shared/policy-record';
import {
  NO_VERIFICATION_NEEDED,
  verificationStatus,
  type VerificationStatus,
} from '../../../shared/verification';

export interface CaseJudgement {
  verdict: Verdict;
  verification: VerificationStatus;
  /** `decided`: frozen at sign-off; `current`: the policy in force, judged on this workstation. */
  basis: 'decided' | 'current';
  /** The policy in force on this workstation, which a sign-off is judged under. */
  policy: PolicyRecord | undefined;
}

/**
 * The engine's verdict as the case should show it: a decided case keeps the verdict it was
 * signed off under, whatever the policy has become; an open case is judged now, locally.
 */
export function caseJudgement(
  detail: CaseDetail,
  policy: PolicyRecord | undefined,
  now: Date,
): CaseJudgement | undefined {
  if (detail.decidedUnder) {
    return {
      verdict: detail.decidedUnder.verdict,
      verification: policy
        ? verificationStatus(detail.order, policy.authorityDirectory, detail.verifications)
        : NO_VERIFICATION_NEEDED,
      basis: 'decided',
      policy,
    };
  }
  if (!policy) return undefined;
  return {
    ...judgeCase(detail.order, policy, detail.verifications, now),
    basis: 'current',
    policy,
  };
}
