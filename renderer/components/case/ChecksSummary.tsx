import type { Verdict } from '../../../shared/policy';
import { CHECK_KEYS, CHECK_LABELS, isOverride, type Review } from '../../../shared/review';
import { CHECK_RESULT_LABELS } from '../../lib/labels';

/** The reviewer's six checks, read-only, beside the policy engine's verdict when known. */
export function ChecksSummary({ review, verdict }: { review: Review; verdict?: Verdict }) {
  return (
    <table className="grid">
      <caption>Checks</caption>
      <thead>
        <tr>
          <th scope="col">Check</th>
          {verdict && <th scope="col">Policy engine</th>}
          <th scope="col">Reviewer</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {CHECK_KEYS.map((key) => {
          const check = review.checks[key];
          const engine = verdict?.checks[key];
          const overridden = verdict !== undefined && isOverride(review, verdict, key);
          return (
            <tr key={key}>
              <th scope="row">{CHECK_LABELS[key].title}</th>
              {engine && (
                <td className={`result result-${engine.result}`} title={engine.reason}>
                  {CHECK_RESULT_LABELS[engine.result]}
                </td>
              )}
              <td className={check.result ? `result result-${check.result}` : 'result'}>
                {check.result ? CHECK_RESULT_LABELS[check.result] : 'Not recorded'}
                {overridden && <span className="override-flag"> · override</span>}
              </td>
              <td>{check.note || <span className="muted">—</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
