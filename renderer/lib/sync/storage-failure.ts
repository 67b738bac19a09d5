/** The workstation could not write to its own storage: the user must be told, not the console. */
export interface StorageFailure {
  kind: 'quota' | 'storage';
  message: string;
}

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const inner = 'inner' in error ? errorName(error.inner) : undefined;
  if (inner === 'QuotaExceededError') return inner;
  return 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}

/**
 * Recognises IndexedDB running out of space (Dexie wraps the browser's error, sometimes in an
 * AbortError whose `inner` is the quota error), and other storage failures.
 */
export function storageFailure(error: unknown): StorageFailure | null {
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return {
      kind: 'quota',
      message:
        'This workstation has run out of storage space for the case cache. Your last action was not recorded; the actions already queued are kept. Free some disk space and try again.',
    };
  }
  if (
    name === 'DatabaseClosedError' ||
    name === 'OpenFailedError' ||
    name === 'InvalidStateError'
  ) {
    return {
      kind: 'storage',
      message:
        'The case cache on this workstation cannot be written to. Your last action was not recorded; reload the app and try again.',
    };
  }
  return null;
}
