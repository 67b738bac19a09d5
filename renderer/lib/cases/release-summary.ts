import type { Decision } from '../../../shared/review';
import type { ItemJudgement } from '../../../shared/release/releasable-items';
import { DATA_CATEGORY_LABELS } from '../labels';
import { formatDateTime } from '../format';

export interface ReleaseLine {
  /** The target as the order names it: "@name", "user id 5012345678". */
  target: string;
  category: string;
  /** For IP addresses: the window released, in words. */
  window: string | null;
}

export interface RefusalLine {
  target: string;
  category: string;
  why: string;
}

export interface ReleaseSummary {
  released: ReleaseLine[];
  refused: RefusalLine[];
}

const key = (d: Pick<Decision, 'target' | 'category'>) => `${d.target}|${d.category}`;

/**
 * What a sign-off of the saved review releases and what it refuses, item by item, from the
 * service's judgement of that review: an item is released only where the reviewer chose to
 * disclose it and the service judges it releasable. Everything else requested is refused,
 * with the reviewer's reason or the policy's.
 */
export function releaseSummary(
  items: readonly ItemJudgement[],
  decisions: readonly Decision[],
): ReleaseSummary {
  const chosen = new Map(decisions.map((d) => [key(d), d]));
  const summary: ReleaseSummary = { released: [], refused: [] };
  for (const item of items) {
    const decision = chosen.get(key(item));
    const category = DATA_CATEGORY_LABELS[item.category];
    if (decision?.verdict === 'disclose' && item.releasable) {
      summary.released.push({
        target: item.identifier,
        category,
        window: item.ipWindow
          ? `from ${formatDateTime(item.ipWindow.from)} to ${formatDateTime(item.ipWindow.to)}`
          : null,
      });
      continue;
    }
    const why =
      decision?.verdict === 'decline'
        ? decision.reason.trim() || 'Declined by the reviewer.'
        : (item.blockers[0] ?? 'Not decided.');
    summary.refused.push({ target: item.identifier, category, why });
  }
  return summary;
}
