import { z } from 'zod';
import { formatIdentifier, targetKey } from '../identifiers';
import {
  DATA_CATEGORIES,
  isDisclosable,
  isPreservation,
  type DataCategory,
  type Order,
} from '../order';
import { capitalize, DATA_CATEGORY_LABELS } from '../policy/labels';
import type { PolicyVersion } from '../policy/policy-version';
import { assessCategory } from '../policy/rules/scope';
import type { Verdict } from '../policy/verdict';
import { CHECK_KEYS, CHECK_LABELS, checkProblems, type Decision, type Review } from '../review';
import type { VerificationStatus } from '../verification';
import { decisionKey, isWithinWindow } from './decision-set';

const Window = z.object({ from: z.string(), to: z.string() });

/** One target and requested category, as the policy judges it for release. */
export const ItemJudgement = z.object({
  target: z.string(),
  /** The target as a reader names it: "@name", "user id 5012…", "display name “…”". */
  identifier: z.string(),
  category: z.enum(DATA_CATEGORIES),
  releasable: z.boolean(),
  /** Why it may not be released; empty when it may. */
  blockers: z.array(z.string()),
  /** For IP addresses: the window that would be released, narrowed or the order's. */
  ipWindow: Window.nullable(),
});
export type ItemJudgement = z.infer<typeof ItemJudgement>;

/**
 * What blocks every item at once: a check not passed, a final failure the policy allows no
 * override of (a jurisdiction not answered, protected speech), an override without a
 * justification, or an authenticity nobody else confirmed.
 */
function orderBlockers(review: Review, verdict: Verdict, verification: VerificationStatus) {
  const blockers = checkProblems(review, verdict, verification).map((p) => p.message);
  for (const key of CHECK_KEYS) {
    if (review.checks[key].result === 'fail') {
      blockers.push(`The ${CHECK_LABELS[key].title.toLowerCase()} check did not pass.`);
    }
  }
  return blockers;
}

function itemWindow(order: Order, decision: Decision | undefined) {
  return decision?.ipWindow ?? order.ipWindow ?? null;
}

/**
 * The policy's judgement of every item the order requests: releasable only when its category
 * may ever be disclosed, its target is exactly identified and named as a suspect, the category
 * (with the window actually to be released) is within scope, and every check of the order
 * passes, overridden only where the policy allows it. Recomputed from the order, the policy
 * version, the engine's verdict and the review's checks; the review's decisions contribute
 * nothing but a narrowed window, which is judged like the order's own.
 */
export function judgeItems(
  order: Order,
  review: Review,
  verdict: Verdict,
  verification: VerificationStatus,
  policy: PolicyVersion,
): ItemJudgement[] {
  // A preservation request asks for data to be kept, never handed over.
  if (isPreservation(order)) return [];
  const common = orderBlockers(review, verdict, verification);
  const targetDetails = new Map(
    verdict.checks.suspect.details.flatMap((d) => (d.kind === 'target' ? [[d.target, d]] : [])),
  );
  // Judged once per category and window, however many targets share them.
  const categoryDetails = new Map<string, { result: string; reason: string }>();
  const judgeCategory = (judged: Order, category: DataCategory) => {
    const key = `${category}|${judged.ipWindow?.from ?? ''}|${judged.ipWindow?.to ?? ''}`;
    let detail = categoryDetails.get(key);
    if (!detail) {
      detail = categoryJudgement(judged, policy, category);
      categoryDetails.set(key, detail);
    }
    return detail;
  };
  const decisions = new Map<string, Decision[]>();
  for (const d of review.decisions) {
    decisions.set(decisionKey(d), [...(decisions.get(decisionKey(d)) ?? []), d]);
  }

  return order.targets.flatMap((t) =>
    order.dataRequested.map((category): ItemJudgement => {
      const target = targetKey(t.identifier);
      const label = DATA_CATEGORY_LABELS[category];
      const sameItem = decisions.get(decisionKey({ target, category })) ?? [];
      const blockers: string[] = [];
      if (sameItem.length > 1) {
        blockers.push(`${capitalize(label)} of this target is decided more than once.`);
      }
      const decision = sameItem[0];
      const disclosable =
        isDisclosable(category) && policy.scope.disclosableCategories.includes(category);
      if (!disclosable) blockers.push(`${capitalize(label)} may never be disclosed.`);
      const targetDetail = targetDetails.get(target);
      if (!targetDetail) {
        blockers.push('The suspect check could not judge this target.');
      } else if (targetDetail.result !== 'pass') {
        blockers.push(targetDetail.reason);
      }

      const window = category === 'ip_addresses' ? itemWindow(order, decision) : null;
      // Judged here as well as when the review is saved: a stored review is not trusted.
      if (window && !order.ipWindow) {
        blockers.push('The order names no time window, so no IP addresses may be released.');
      } else if (window && order.ipWindow && !isWithinWindow(window, order.ipWindow)) {
        blockers.push('The window to release is wider than the order’s.');
      }
      const judgedOrder =
        category === 'ip_addresses' && window ? { ...order, ipWindow: window } : order;
      if (disclosable) {
        const categoryDetail = judgeCategory(judgedOrder, category);
        if (categoryDetail.result === 'fail') blockers.push(categoryDetail.reason);
      }

      blockers.push(...common);
      return {
        target,
        identifier: formatIdentifier(t.identifier),
        category,
        releasable: blockers.length === 0,
        blockers,
        ipWindow: window ? { from: window.from, to: window.to } : null,
      };
    }),
  );
}

/** A category the engine cannot judge is not released. */
function categoryJudgement(order: Order, policy: PolicyVersion, category: DataCategory) {
  try {
    return assessCategory(order, policy, category);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { result: 'fail' as const, reason: `The scope could not be judged (${message}).` };
  }
}
