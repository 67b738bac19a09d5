import { useSyncExternalStore } from 'react';
import type { ApiError } from '../../../shared/errors';
import type { PullProgress } from './pull';
import type { StorageFailure } from './storage-failure';

/** What the header shows about synchronisation, beyond what Dexie itself holds. */
export interface SyncStatus {
  running: boolean;
  /** A first (or long) pull in progress; null once the mirror is current. */
  progress: PullProgress | null;
  /** The action the server holds back until the user confirms their password. */
  blocked: { seq: number; error: ApiError } | null;
  storageFailure: StorageFailure | null;
  /** A failure that is neither offline nor storage, in a sentence. */
  failure: string | null;
}

const INITIAL: SyncStatus = {
  running: false,
  progress: null,
  blocked: null,
  storageFailure: null,
  failure: null,
};

let status: SyncStatus = INITIAL;
const listeners = new Set<() => void>();

export function updateSyncStatus(patch: Partial<SyncStatus>): void {
  status = { ...status, ...patch };
  for (const listener of listeners) listener();
}

export function resetSyncStatus(): void {
  updateSyncStatus(INITIAL);
}

export function currentSyncStatus(): SyncStatus {
  return status;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For code outside React that must know when a sync round ends. */
export const onSyncStatus = subscribe;

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribe, currentSyncStatus);
}
