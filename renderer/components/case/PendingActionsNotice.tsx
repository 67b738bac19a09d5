import { MUTATION_LABELS } from '../../lib/mutation-labels';
import type { QueuedMutation } from '../../lib/sync/outbox-records';

/**
 * Says plainly that what the page shows includes actions the server has not accepted yet:
 * nothing is disclosed on the strength of a state that exists only on this workstation.
 */
export function PendingActionsNotice({ pending }: { pending: readonly QueuedMutation[] }) {
  if (pending.length === 0) return null;
  return (
    <div className="notice notice-pending" role="status" aria-label="Pending on this case">
      <strong>Pending — not yet accepted by the case service:</strong>{' '}
      {pending.map((m) => MUTATION_LABELS[m.name]).join(', ')}. The case is shown as it will be once
      they are accepted; nothing takes effect until then.
    </div>
  );
}
