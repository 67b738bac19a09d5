import type { Decision } from '../../../shared/review';
import { formatDateTime } from '../../lib/format';
import { DATA_CATEGORY_LABELS, targetLabel } from '../../lib/labels';

/** Decisions per target and category, read-only. */
export function DecisionsTable({ decisions }: { decisions: readonly Decision[] }) {
  if (decisions.length === 0) return <p className="muted">No decisions recorded.</p>;
  return (
    <table className="grid">
      <caption>Decisions</caption>
      <thead>
        <tr>
          <th scope="col">Target</th>
          <th scope="col">Data</th>
          <th scope="col">Decision</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((d) => (
          <tr key={`${d.target}|${d.category}`}>
            <td className="identifier">{targetLabel(d.target)}</td>
            <td>{DATA_CATEGORY_LABELS[d.category]}</td>
            <td className={d.verdict ? `verdict verdict-${d.verdict}` : 'verdict'}>
              {d.verdict === 'disclose' ? 'Disclose' : d.verdict === 'decline' ? 'Decline' : '—'}
              {d.ipWindow && (
                <p className="narrowed-window">
                  Window narrowed to {formatDateTime(d.ipWindow.from)} –{' '}
                  {formatDateTime(d.ipWindow.to)}
                </p>
              )}
            </td>
            <td>{d.reason || <span className="muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
