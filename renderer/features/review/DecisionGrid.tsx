import { isDisclosable, type Order } from '../../../shared/order';
import type { ItemJudgement } from '../../../shared/release/releasable-items';
import type { Decision } from '../../../shared/review';
import { DATA_CATEGORY_LABELS, targetLabel } from '../../lib/labels';
import { NarrowWindow } from './NarrowWindow';
import { RefusalMessages } from './RefusalMessages';
import { controlId } from './refusal-targets';

interface DecisionGridProps {
  decisions: readonly Decision[];
  order: Order;
  /** The policy's judgement of each item, as the service would make it at sign-off. */
  items: readonly ItemJudgement[] | undefined;
  disabled: boolean;
  /** The service's refusals, by the id of the control they concern. */
  refusals: ReadonlyMap<string, readonly string[]>;
  onChange: (index: number, patch: Partial<Decision>) => void;
}

/**
 * One decision per target and requested category. Categories outside the policy stay declined:
 * the disclose option is not even offered for them. Beside each, whether the policy would let
 * it be released, and for IP addresses the window, which the reviewer may narrow.
 */
export function DecisionGrid({
  decisions,
  order,
  items,
  disabled,
  refusals,
  onChange,
}: DecisionGridProps) {
  const judged = new Map(items?.map((i) => [`${i.target}|${i.category}`, i]));
  // What blocks every item (a check not passed) is listed once, before the sign-off; each row
  // names only what is its own.
  const common = commonBlockers(items ?? []);
  return (
    <section aria-labelledby="decisions-heading" className="panel">
      <h2 id="decisions-heading">Decisions</h2>
      <table className="grid decisions">
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Data</th>
            <th scope="col">Decision</th>
            <th scope="col">Reason for declining</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d, i) => {
            const name = `${DATA_CATEGORY_LABELS[d.category]} of ${targetLabel(d.target)}`;
            const allowed = isDisclosable(d.category);
            const id = controlId({ kind: 'decision', index: i });
            const refused = refusals.get(id) ?? [];
            const item = judged.get(`${d.target}|${d.category}`);
            return (
              <tr
                key={`${d.target}|${d.category}|${i}`}
                id={id}
                tabIndex={-1}
                aria-label={name}
                className={allowed ? '' : 'out-of-policy'}
              >
                <td className="identifier">{targetLabel(d.target)}</td>
                <td>
                  {DATA_CATEGORY_LABELS[d.category]}
                  {item && allowed && ownBlocker(item, common) && (
                    <p className="muted item-blocked">Not releasable: {ownBlocker(item, common)}</p>
                  )}
                </td>
                <td>
                  <div role="radiogroup" aria-label={name} className="choice-line">
                    <label className="choice choice-pass">
                      <input
                        type="radio"
                        name={`decision-${i}`}
                        checked={d.verdict === 'disclose'}
                        disabled={disabled || !allowed}
                        onChange={() => onChange(i, { verdict: 'disclose', reason: '' })}
                      />{' '}
                      Disclose
                    </label>
                    <label className="choice choice-fail">
                      <input
                        type="radio"
                        name={`decision-${i}`}
                        checked={d.verdict === 'decline'}
                        disabled={disabled || !allowed}
                        onChange={() => onChange(i, { verdict: 'decline' })}
                      />{' '}
                      Decline
                    </label>
                  </div>
                  {d.category === 'ip_addresses' && order.ipWindow && d.verdict === 'disclose' && (
                    <NarrowWindow
                      name={name}
                      orderWindow={order.ipWindow}
                      window={d.ipWindow}
                      disabled={disabled}
                      onChange={(ipWindow) => onChange(i, { ipWindow })}
                    />
                  )}
                  <RefusalMessages id={`${id}-refusal`} messages={refused} />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`Reason for declining ${name}`}
                    value={d.reason}
                    disabled={disabled || !allowed || d.verdict !== 'decline'}
                    onChange={(e) => onChange(i, { reason: e.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function commonBlockers(items: readonly ItemJudgement[]): Set<string> {
  const [first, ...rest] = items;
  if (!first || rest.length === 0) return new Set();
  return new Set(first.blockers.filter((b) => rest.every((i) => i.blockers.includes(b))));
}

function ownBlocker(item: ItemJudgement, common: ReadonlySet<string>): string | undefined {
  return item.blockers.find((b) => !common.has(b));
}
