import { capitalize, DATA_CATEGORY_LABELS } from '../policy/labels';
import type { PolicyVersion } from '../policy/policy-version';
import type { Verdict } from '../policy/verdict';
import { checkProblems, type Review, type ReviewProblem } from '../review';
import type { VerificationStatus } from '../verification';
import type { Order } from '../order';
import { decisionKey, decisionSetProblems } from './decision-set';
import { judgeItems, type ItemJudgement } from './releasable-items';

/** Where a problem about one item is shown: beside that item's decision. */
export function itemPath(item: Pick<ItemJudgement, 'target' | 'category'>): string {
  return `decisions.${item.target}.${item.category}`;
}

/**
 * What stands between this review and a sign-off under the policy engine's `verdict`. The
 * server refuses a sign-off (and later the approval) while this list is not empty; the review
 * screen decides "ready to sign off" with this same function, so it never says ready when
 * the service will refuse.
 */
export function signOffProblems(
  order: Order,
  review: Review,
  verdict: Verdict,
  verification: VerificationStatus,
  policy: PolicyVersion,
): ReviewProblem[] {
  const problems = checkProblems(review, verdict, verification);
  problems.push(...decisionSetProblems(order, review.decisions));

  const byKey = new Map(review.decisions.map((d) => [decisionKey(d), d]));
  for (const item of judgeItems(order, review, verdict, verification, policy)) {
    const path = itemPath(item);
    const label = DATA_CATEGORY_LABELS[item.category];
    const d = byKey.get(decisionKey(item));
    if (!d || d.verdict === null) {
      problems.push({ path, message: `No decision for ${label} of ${item.identifier}.` });
    } else if (d.verdict === 'decline' && d.reason.trim() === '') {
      problems.push({
        path,
        message: `Declining ${label} of ${item.identifier} needs a reason.`,
      });
    } else if (d.verdict === 'disclose' && !item.releasable) {
      // What blocks every item is listed once, beside its check; here only the item's own.
      const own = item.blockers.filter((b) => !problems.some((p) => p.message === b));
      if (own.length > 0) {
        problems.push({
          path,
          message: `${capitalize(label)} of ${item.identifier} may not be disclosed: ${own.join(' ')}`,
        });
      }
    }
  }
  return problems;
}
