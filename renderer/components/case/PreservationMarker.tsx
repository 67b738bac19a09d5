import type { CaseSummary } from '../../../shared/case-record';
import { preservationReminder, reminderText } from '../../../shared/preservation';

/**
 * Marks a preservation request in a list, with its reminder when expiry is near: 7 days, then
 * 1 day before. Nothing on a production order, nor on a closed preservation.
 */
export function PreservationMarker({ row, now }: { row: CaseSummary; now: number }) {
  if (row.kind !== 'preservation') return null;
  const reminder =
    row.preservationExpiresAt && row.status !== 'closed'
      ? reminderText(preservationReminder(row.preservationExpiresAt, new Date(now)))
      : null;
  return (
    <>
      {' '}
      <span className="flag flag-preservation">Preservation</span>
      {reminder && <span className="due-soon-label"> · {reminder.toLowerCase()}</span>}
    </>
  );
}
