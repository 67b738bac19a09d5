import type { CaseEvent } from '../../../shared/case-record';
import { nameWithUsername } from '../../../shared/users';
import { formatDateTime } from '../../lib/format';
import { actionLabel } from '../../lib/labels';

export function HistoryList({ events }: { events: readonly CaseEvent[] }) {
  return (
    <section aria-labelledby="history-heading" className="panel">
      <h2 id="history-heading">History</h2>
      {events.length === 0 ? (
        <p className="muted">No events yet.</p>
      ) : (
        <ol className="history">
          {events.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <time dateTime={e.at}>{formatDateTime(e.at)}</time> —{' '}
              <strong>{actionLabel(e.action)}</strong> by {nameWithUsername(e.actorName, e.actor)}
              {e.comment && <blockquote>{e.comment}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
