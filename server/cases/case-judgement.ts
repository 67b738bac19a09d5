import type { CaseJudgement } from '../../shared/release/case-judgement';
import { judgeCase } from '../../shared/judge-case';
import { judgeItems } from '../../shared/release/releasable-items';
import type { CaseVerification } from '../../shared/verification';
import { currentPolicy, findPolicyVersion } from '../policy/policy-store';
import type { Queryable } from '../storage/database';
import type { CaseRow } from './case-rows';

/**
 * The engine's judgement of a case as anyone who may read it sees it: a decided case keeps
 * the verdict it was signed off under; an open one is judged now under the policy in force.
 * `verifications` count as they do for the case's reviewer and sign-off.
 */
export async function caseJudgement(
  tx: Queryable,
  row: CaseRow,
  verifications: readonly CaseVerification[],
  now: Date,
): Promise<CaseJudgement> {
  const decided =
    row.policy_version && row.verdict ? await findPolicyVersion(tx, row.policy_version) : null;
  if (decided && row.verdict) {
    const { verification } = judgeCase(
      row.order_data,
      decided,
      verifications,
      row.signed_off_at ?? now,
    );
    return {
      basis: 'decided',
      policyVersion: decided.version,
      verdict: row.verdict,
      items: judgeItems(row.order_data, row.review, row.verdict, verification, decided.policy),
    };
  }
  const policy = await currentPolicy(tx, now);
  const { verdict, verification } = judgeCase(row.order_data, policy, verifications, now);
  return {
    basis: 'current',
    policyVersion: policy.version,
    verdict,
    items: judgeItems(row.order_data, row.review, verdict, verification, policy.policy),
  };
}
