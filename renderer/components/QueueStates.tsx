import { formatCount } from '../lib/format';
import type { QueueSnapshot } from '../lib/queue/queue-store';
import { useSyncStatus } from '../lib/sync/sync-status';

interface QueueStatesProps {
  queue: QueueSnapshot;
  /** Rows the filters leave. */
  shown: number;
  /** Whether filters beyond the view are set. */
  narrowed: boolean;
  onClear: () => void;
  /** What an empty list means when nothing is filtered out. */
  emptyText: string;
}

/** What a case list is doing: opening, copying a first sync, loading the rest, or finding nothing. */
export function QueueStates({ queue, shown, narrowed, onClear, emptyText }: QueueStatesProps) {
  const { progress } = useSyncStatus();
  const lines: React.ReactNode[] = [];
  if (progress !== null) {
    const copied = formatCount(progress.applied);
    lines.push(
      <p key="sync" className="sync-progress">
        {progress.remaining === null
          ? `First sync in progress: ${copied} cases copied to this workstation so far. Cases appear here as they arrive.`
          : `First sync in progress: ${copied} of ${formatCount(progress.applied + progress.remaining)} cases copied to this workstation. Cases appear here as they arrive.`}
      </p>,
    );
  }
  if (queue.phase === 'first-screen') {
    lines.push(
      <p key="loading" className="muted">
        Showing the most urgent open cases; reading the other cases on this workstation (
        {queue.total > queue.loaded
          ? `${formatCount(queue.loaded)} of ${formatCount(queue.total)}`
          : `${formatCount(queue.loaded)} so far`}
        ). Filters cover every case once this is done.
      </p>,
    );
  }
  if (queue.phase !== 'opening' && shown === 0 && !(progress !== null && !narrowed)) {
    lines.push(
      narrowed ? (
        <div key="none" className="empty">
          <p>No cases match these filters.</p>
          <button type="button" onClick={onClear}>
            Clear the filters
          </button>
        </div>
      ) : (
        <p key="none" className="empty">
          {emptyText}
        </p>
      ),
    );
  }
  return <>{lines}</>;
}
