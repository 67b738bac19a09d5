import { db } from '../../lib/db';
import { useLiveQuery } from '../../lib/use-live-query';
import type { RefusedAction } from '../../lib/sync/outbox-records';

export interface SyncCounts {
  pending: number;
  lastSyncAt: string | null;
  refused: RefusedAction[];
}

/** Live from Dexie, so every window sees actions queued or decided in any other. */
export function useSyncCounts(): SyncCounts {
  return useLiveQuery(
    async () => ({
      pending: await db.outbox.count(),
      lastSyncAt: (await db.meta.get('lastSyncAt'))?.value ?? null,
      refused: await db.refused.orderBy('seq').toArray(),
    }),
    { pending: 0, lastSyncAt: null, refused: [] },
    [],
  );
}
