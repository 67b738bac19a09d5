import { CHECK_KEYS, CHECK_LABELS, type Checks } from '../../../shared/review';
import { CHECK_RESULT_LABELS } from '../../lib/labels';

/** The reviewer's six checks, read-only, as the supervisor sees them. */
export function ChecksSummary({ checks }: { checks: Checks }) {
  return (
    <table className="grid">
      <caption>Checks</caption>
      <thead>
        <tr>
          <th scope="col">Check</th>
          <th scope="col">Result</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {CHECK_KEYS.map((key) => {
          const check = checks[key];
          return (
            <tr key={key}>
              <th scope="row">{CHECK_LABELS[key].title}</th>
              <td className={check.result ? `result result-${check.result}` : 'result'}>
                {check.result ? CHECK_RESULT_LABELS[check.result] : 'Not recorded'}
              </td>
              <td>{check.note || <span className="muted">—</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
