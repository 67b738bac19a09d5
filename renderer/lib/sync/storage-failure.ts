/** The workstation could not write to its own storage: the user must be told, not the console. */
export interface StorageFailure {
  kind: 'quota' | 'storage';
  message: string;
}

/** What was being written: the user's own action, or what a sync brought from the service. */
export type StorageWrite = 'action' | 'sync';

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const inner = 'inner' in error ? errorName(error.inner) : undefined;
  if (inner === 'QuotaExceededError') return inner;
  return 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}

const MESSAGES: Record<StorageFailure['kind'], Record<StorageWrite, string>> = {
  quota: {
    action:
      'This workstation has run out of storage space for the case cache. Your last action was not recorded; the actions already queued are kept. Free some disk space and try again.',
    // A sync that fails to store the service's answer took no action of the user's: saying
    // their last action was lost would be false, and would invite them to take it twice.
    sync: 'This workstation has run out of storage space for the case cache, so the latest changes from the case service could not be stored. Your queued actions are kept and none is applied twice. Free some disk space; syncing resumes by itself.',
  },
  storage: {
    action:
      'The case cache on this workstation cannot be written to. Your last action was not recorded; reload the app and try again.',
    sync: 'The case cache on this workstation cannot be written to, so the latest changes from the case service could not be stored. Your queued actions are kept; reload the app.',
  },
};

/**
 * Recognises IndexedDB running out of space (Dexie wraps the browser's error, sometimes in an
 * AbortError whose `inner` is the quota error), and other storage failures.
 */
export function storageFailure(
  error: unknown,
  during: StorageWrite = 'action',
): StorageFailure | null {
  const name = errorName(error);
  if (name === 'QuotaExceededError') return { kind: 'quota', message: MESSAGES.quota[during] };
  if (
    name === 'DatabaseClosedError' ||
    name === 'OpenFailedError' ||
    name === 'InvalidStateError'
  ) {
    return { kind: 'storage', message: MESSAGES.storage[during] };
  }
  return null;
}
