import { isDisclosable } from '../../../shared/order';
import type { Decision } from '../../../shared/review';
import { DATA_CATEGORY_LABELS, targetLabel } from '../../lib/labels';

interface DecisionGridProps {
  decisions: readonly Decision[];
  disabled: boolean;
  onChange: (index: number, patch: Partial<Decision>) => void;
}

/**
 * One decision per target and requested category. Categories outside the policy stay declined:
 * the disclose option is not even offered for them.
 */
export function DecisionGrid({ decisions, disabled, onChange }: DecisionGridProps) {
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
            return (
              <tr key={`${d.target}|${d.category}`} className={allowed ? '' : 'out-of-policy'}>
                <td className="identifier">{targetLabel(d.target)}</td>
                <td>{DATA_CATEGORY_LABELS[d.category]}</td>
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
