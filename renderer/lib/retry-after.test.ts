import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, retryAfterMs } from './retry-after';

const NOW = Date.parse('2026-12-01T10:00:00Z');

describe('retryAfterMs', () => {
  it('reads a number of seconds', () => {
    expect(retryAfterMs('2', NOW)).toBe(2000);
    expect(retryAfterMs(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP date as the time left until it, and a past date as no wait', () => {
    expect(retryAfterMs('Tue, 01 Dec 2026 10:00:30 GMT', NOW)).toBe(30_000);
    expect(retryAfterMs('Tue, 01 Dec 2026 09:00:00 GMT', NOW)).toBe(0);
  });

  it('cuts a wait longer than the app keeps to', () => {
    expect(retryAfterMs('86400', NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs('Fri, 01 Jan 2100 00:00:00 GMT', NOW)).toBe(MAX_RETRY_AFTER_MS);
  });

  it('says nothing for a missing or unreadable header', () => {
    for (const header of [null, '', '   ', '-5', '2.5', 'soon', '1e3']) {
      expect(retryAfterMs(header, NOW), String(header)).toBeNull();
    }
  });
});
