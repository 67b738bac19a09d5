import type { CaseJudgement } from '../../shared/release/case-judgement';
import { judgeCase } from '../../shared/judge-case';
import { judgeItems } from '../../shared/release/releasable-items';
import type { CaseVerification } from '../../shared/verification';
import type { PolicyRecord } from '../../shared/policy-record';
import type { CaseRow } from './case-rows';

/**
 * The engine's judgement of a case as anyone who may read it sees it: a decided case keeps
 * the verdict it was signed off under; an open one is judged now under the policy in force.
 * `policy` is the version judgingPolicyColumn read with the case: the one it was decided
 * under when there is one. `verifications` count as they do for the case's reviewer and
 * sign-off.
 */
export function caseJudgement(
  row: CaseRow,
  policy: PolicyRecord,
  verifications: readonly CaseVerification[],
  now: Date,
): CaseJudgement {
  if (row.policy_version && row.verdict && policy.version === row.policy_version) {
    const { verification } = judgeCase(
      row.order_data,
      policy,
      verifications,
      row.signed_off_at ?? now,
    );
    return {
      basis: 'decided',
      policyVersion: policy.version,
      verdict: row.verdict,
      items: judgeItems(row.order_data, row.review, row.verdict, verification, policy.policy),
    };
  }
  const { verdict, verification } = judgeCase(row.order_data, policy, verifications, now);
  return {
    basis: 'current',
    policyVersion: policy.version,
    verdict,
    items: judgeItems(row.order_data, row.review, verdict, verification, policy.policy),
  };
}
