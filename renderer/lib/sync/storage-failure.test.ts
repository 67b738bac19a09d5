import { describe, expect, it } from 'vitest';
import { storageFailure } from './storage-failure';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storageFailure', () => {
  it('tells the user their action was not recorded when recording it ran out of space', () => {
    const failure = storageFailure(quotaError());
    expect(failure?.kind).toBe('quota');
    expect(failure?.message).toContain('Your last action was not recorded');
  });

  it('recognises the quota error inside the abort Dexie wraps it in', () => {
    const aborted = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: quotaError(),
    });
    expect(storageFailure(aborted)?.kind).toBe('quota');
  });

  it('does not claim an action was lost when a sync could not store what it brought', () => {
    const quota = storageFailure(quotaError(), 'sync');
    expect(quota?.kind).toBe('quota');
    expect(quota?.message).not.toContain('Your last action was not recorded');
    expect(quota?.message).toContain('Your queued actions are kept');
    const closed = storageFailure(
      Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }),
      'sync',
    );
    expect(closed?.kind).toBe('storage');
    expect(closed?.message).not.toContain('Your last action was not recorded');
  });

  it('leaves other errors to the caller', () => {
    expect(storageFailure(new TypeError('Failed to fetch'), 'sync')).toBeNull();
  });
});
