import { useEffect, useSyncExternalStore } from 'react';
import { db } from '../db';
import { syncUser } from '../sync/case-sync';
import type { QueueSort } from './queue-model';
import { QueueStore, type QueueSnapshot } from './queue-store';

/** One copy of the mirror in memory for the queue and the approvals list alike. */
const store = new QueueStore(db, syncUser);

/** The cases in memory, sorted as asked, for the signed-in user. */
export function useQueue(userId: string | null, sort: QueueSort): QueueSnapshot {
  store.forUser(userId);
  useEffect(() => store.setSort(sort), [sort]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
