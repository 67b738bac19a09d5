const MINUTE_MS = 60_000;

export const SESSION_IDLE_TIMEOUT_MS = 30 * MINUTE_MS;
export const SESSION_ABSOLUTE_TIMEOUT_MS = 12 * 60 * MINUTE_MS;
/** Sign-off and approval need the password re-entered within this long. */
export const REAUTH_WINDOW_MS = 5 * MINUTE_MS;
/**
 * Activity is recorded at most this often: it spares a write per request, and keeps the idle
 * timeout accurate to within this margin.
 */
export const ACTIVITY_RESOLUTION_MS = 30_000;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export type SessionState = 'active' | 'idle_timeout' | 'absolute_timeout';

export function sessionExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_ABSOLUTE_TIMEOUT_MS);
}

export function sessionState(session: SessionTimes, now: Date): SessionState {
  if (now.getTime() >= session.expiresAt.getTime()) return 'absolute_timeout';
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_TIMEOUT_MS) {
    return 'idle_timeout';
  }
  return 'active';
}

export function activityIsStale(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= ACTIVITY_RESOLUTION_MS;
}

export function recentlyReauthenticated(reauthenticatedAt: Date | null, now: Date): boolean {
  if (reauthenticatedAt === null) return false;
  const age = now.getTime() - reauthenticatedAt.getTime();
  return age >= 0 && age <= REAUTH_WINDOW_MS;
}
