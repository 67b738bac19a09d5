import type { AuditEventRow } from '../../../shared/audit';
import { nameWithUsername } from '../../../shared/users';
import { formatDateTime } from '../../lib/format';
import { detailsSummary, eventLabel } from './audit-filter';

interface AuditEventTableProps {
  events: readonly AuditEventRow[];
  onChooseCase: (caseId: string) => void;
}

export function AuditEventTable({ events, onChooseCase }: AuditEventTableProps) {
  if (events.length === 0) return <p>No events match these filters.</p>;
  return (
    <table className="grid" aria-label="Audit events">
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Case</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>{event.id}</td>
            <td>{formatDateTime(event.at)}</td>
            <td>{nameWithUsername(event.actorName ?? event.actor, event.actor)}</td>
            <td>{eventLabel(event.action)}</td>
            <td>
              {event.caseId && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => event.caseId && onChooseCase(event.caseId)}
                >
                  {event.caseReference ?? 'this case'}
                </button>
              )}
            </td>
            <td>{detailsSummary(event.details)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
