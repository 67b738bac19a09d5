import { targetKey } from '../identifiers';
import { isDisclosable, type Order } from '../order';
import { capitalize, DATA_CATEGORY_LABELS } from '../policy/labels';
import type { Decision, ReviewProblem } from '../review';

export const decisionKey = (d: Pick<Decision, 'target' | 'category'>) =>
  `${d.target}|${d.category}`;

/** Is `inner` within `outer`, ends included? */
export function isWithinWindow(
  inner: { from: string; to: string },
  outer: { from: string; to: string },
): boolean {
  return (
    Date.parse(inner.from) >= Date.parse(outer.from) && Date.parse(inner.to) <= Date.parse(outer.to)
  );
}

/**
 * What makes a decision list something other than a set of decisions on this order: a target
 * and category decided twice, a target the order does not name, a category it does not
 * request, a disclosure of a category the policy never allows, or an IP window that is not a
 * narrowing of the order's. Each problem names the entry and the field (`decisions.3.target`).
 * The service refuses such a list whole, wherever it comes from.
 */
export function decisionSetProblems(order: Order, decisions: readonly Decision[]): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  const targets = new Set(order.targets.map((t) => targetKey(t.identifier)));
  const requested = new Set<string>(order.dataRequested);
  const seen = new Map<string, number>();
  decisions.forEach((d, i) => {
    const at = (field: string) => `decisions.${i}.${field}`;
    const label = DATA_CATEGORY_LABELS[d.category];
    const first = seen.get(decisionKey(d));
    if (first !== undefined) {
      problems.push({
        path: at('category'),
        message: `${capitalize(label)} of ${d.target} is already decided in decision ${first + 1}; each target and category is decided once.`,
      });
    } else {
      seen.set(decisionKey(d), i);
    }
    if (!targets.has(d.target)) {
      problems.push({ path: at('target'), message: `The order names no target ${d.target}.` });
    }
    if (!requested.has(d.category)) {
      problems.push({
        path: at('category'),
        message: `The order does not request ${label}.`,
      });
    }
    if (d.verdict === 'disclose' && !isDisclosable(d.category)) {
      problems.push({
        path: at('verdict'),
        message: `${capitalize(label)} may never be disclosed; only IP addresses and the phone number may.`,
      });
    }
    if (d.ipWindow) {
      if (d.category !== 'ip_addresses') {
        problems.push({
          path: at('ipWindow'),
          message: `Only IP addresses have a time window; ${label} does not.`,
        });
      } else if (!order.ipWindow) {
        problems.push({
          path: at('ipWindow'),
          message: 'The order names no time window, so there is none to narrow.',
        });
      } else if (!isWithinWindow(d.ipWindow, order.ipWindow)) {
        problems.push({
          path: at('ipWindow'),
          message: 'A window may only be narrowed within the order’s own, never widened.',
        });
      }
    }
  });
  return problems;
}
