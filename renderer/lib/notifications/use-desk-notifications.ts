import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import { db } from '../db';
import { currentSyncStatus, onSyncStatus } from '../sync/sync-status';
import {
  ATTENTION_STATUSES,
  deriveNotifications,
  snapshotOf,
  type NotificationCase,
  type SeenCase,
  type Viewer,
} from './derive-notifications';
import { loadNotifiedKeys, rememberNotified } from './notified-keys';
import { showNotification } from './show-notification';

const RECHECK_MS = 60_000;

/**
 * Notifies from the synced mirror: each pull that changes a case, and a minute's passing (for
 * deadlines), is compared with what was seen before. Only cases still being worked are read.
 */
export function useDeskNotifications(viewer: Viewer, enabled: boolean): void {
  const { id, role } = viewer;
  useEffect(() => {
    if (!enabled) return;
    // Until a whole sync round has ended, what arrives is the backlog, not news.
    let caughtUp = false;
    let seen: Map<string, SeenCase> | null = null;
    let latest: NotificationCase[] = [];
    const check = () => {
      const fired = loadNotifiedKeys(id);
      const news = deriveNotifications(seen, latest, { id, role }, Date.now(), fired);
      rememberNotified(
        id,
        news.map((n) => n.key),
      );
      news.forEach(showNotification);
      if (caughtUp) seen = snapshotOf(latest);
    };
    let wasRunning = currentSyncStatus().running;
    const stopWatchingSync = onSyncStatus(() => {
      const { running, progress, failure } = currentSyncStatus();
      if (wasRunning && !running && progress === null && failure === null && !caughtUp) {
        caughtUp = true;
        check();
      }
      wasRunning = running;
    });
    const subscription = liveQuery(() =>
      db.summaries.where('status').anyOf(ATTENTION_STATUSES).toArray(),
    ).subscribe({
      next: (cases) => {
        latest = cases;
        check();
      },
      error: (error: unknown) => console.warn('Notifications could not read the cases:', error),
    });
    const timer = window.setInterval(check, RECHECK_MS);
    return () => {
      subscription.unsubscribe();
      stopWatchingSync();
      window.clearInterval(timer);
    };
  }, [id, role, enabled]);
}
