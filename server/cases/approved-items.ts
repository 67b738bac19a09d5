import type { DisclosureRecord } from '../../shared/case-record';
import { decisionKey } from '../../shared/release/decision-set';
import type { ItemJudgement } from '../../shared/release/releasable-items';
import type { Review } from '../../shared/review';

/**
 * Exactly what an approval releases, and the only place the service builds it: the items the
 * policy judges releasable, recomputed from the order, the policy version and the checks,
 * intersected with the reviewer's decisions to disclose. IP addresses carry the window to be
 * released: the reviewer's narrowed one, or the order's. A decision to disclose that the
 * policy does not allow never reaches this point (the sign-off and the approval refuse it),
 * and if it did it would still be left out.
 */
export function approvedItems(
  review: Review,
  judged: readonly ItemJudgement[],
): DisclosureRecord['items'] {
  const disclose = new Set(
    review.decisions.filter((d) => d.verdict === 'disclose').map((d) => decisionKey(d)),
  );
  return judged
    .filter((item) => item.releasable && disclose.has(decisionKey(item)))
    .map((item) => ({
      target: item.target,
      category: item.category,
      ipWindow: item.category === 'ip_addresses' ? item.ipWindow : null,
    }));
}
