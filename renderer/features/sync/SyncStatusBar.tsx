import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ReauthDialog } from '../../components/ReauthDialog';
import { formatDateTime } from '../../lib/format';
import type { PullProgress } from '../../lib/sync/pull';
import { syncCases } from '../../lib/sync/case-sync';
import { updateSyncStatus, useSyncStatus } from '../../lib/sync/sync-status';
import { NotAcceptedPanel } from './NotAcceptedPanel';
import { useSyncAnnouncements } from './use-sync-announcements';
import { useSyncCounts } from './use-sync-counts';

/** Pending actions, the last sync, refusals, and what the user must do for the queue to move. */
export function SyncStatusBar() {
  const queryClient = useQueryClient();
  const status = useSyncStatus();
  const counts = useSyncCounts();
  const [showRefused, setShowRefused] = useState(false);
  const [confirming, setConfirming] = useState(false);
  useSyncAnnouncements(counts.refused.length, status.blocked !== null);

  return (
    <div className="sync-status">
      <span role="status" aria-label="Pending actions">
        {counts.pending === 0 ? 'All actions sent' : `${counts.pending} pending`}
      </span>
      <span className="muted" aria-label="Last sync">
        {counts.lastSyncAt ? `Synced ${formatDateTime(counts.lastSyncAt)}` : 'Not synced yet'}
      </span>
      {counts.refused.length > 0 && (
        <button type="button" className="warning" onClick={() => setShowRefused((v) => !v)}>
          Not accepted ({counts.refused.length})
        </button>
      )}
      {status.blocked && (
        <button type="button" className="primary" onClick={() => setConfirming(true)}>
          Confirm queued decision
        </button>
      )}
      {status.progress && <SyncProgress progress={status.progress} />}
      {status.failure && (
        <span className="sync-failure" role="status" aria-label="Sync held up">
          {status.failure}
        </span>
      )}
      {status.storageFailure && (
        <div className="notice notice-blocked storage-alert" role="alert">
          {status.storageFailure.message}{' '}
          <button type="button" onClick={() => updateSyncStatus({ storageFailure: null })}>
            Dismiss
          </button>
        </div>
      )}
      {confirming && (
        <ReauthDialog
          title="Confirm your queued sign-off or approval"
          explanation="You took this decision while offline. Confirm with your password that it is yours; it is then sent to the case service, which decides whether it takes effect."
          confirmLabel="Confirm and send"
          onCancel={() => setConfirming(false)}
          onConfirmed={() => {
            setConfirming(false);
            void syncCases(queryClient);
          }}
        />
      )}
      {showRefused && counts.refused.length > 0 && (
        <NotAcceptedPanel refused={counts.refused} onClose={() => setShowRefused(false)} />
      )}
    </div>
  );
}

function SyncProgress({ progress }: { progress: PullProgress }) {
  const { applied, remaining } = progress;
  if (remaining === null) {
    return (
      <span className="sync-progress">
        <progress aria-label="Sync progress" /> {applied.toLocaleString()} cases so far
      </span>
    );
  }
  const total = applied + remaining;
  return (
    <span className="sync-progress">
      <progress aria-label="Sync progress" max={total} value={applied} /> {applied.toLocaleString()}{' '}
      of {total.toLocaleString()} cases
    </span>
  );
}
