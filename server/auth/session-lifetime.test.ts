import { describe, expect, it } from 'vitest';
import {
  activityIsStale,
  recentlyReauthenticated,
  sessionExpiry,
  sessionState,
} from './session-lifetime';

const start = new Date('2026-03-02T08:00:00Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

describe('session lifetime', () => {
  const session = { createdAt: start, lastSeenAt: start, expiresAt: sessionExpiry(start) };

  it('ends after 30 minutes without activity', () => {
    expect(sessionState(session, minutes(29))).toBe('active');
    expect(sessionState(session, minutes(30))).toBe('idle_timeout');
  });

  it('ends 12 hours after login, however active', () => {
    const busy = { ...session, lastSeenAt: minutes(12 * 60 - 1) };
    expect(sessionState(busy, minutes(12 * 60 - 1))).toBe('active');
    expect(sessionState(busy, minutes(12 * 60))).toBe('absolute_timeout');
  });

  it('records activity at most every 30 seconds', () => {
    expect(activityIsStale(start, new Date(start.getTime() + 29_000))).toBe(false);
    expect(activityIsStale(start, new Date(start.getTime() + 30_000))).toBe(true);
  });

  it('accepts a password re-entry for five minutes', () => {
    expect(recentlyReauthenticated(null, start)).toBe(false);
    expect(recentlyReauthenticated(start, minutes(5))).toBe(true);
    expect(recentlyReauthenticated(start, minutes(5.01))).toBe(false);
  });
});
