import { randomUUID } from 'node:crypto';
import type { SessionInfo } from '../../shared/api';
import type { Role } from '../../shared/roles';
import { secondFactorRequired } from '../../shared/second-factor';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { JsonValue } from '../audit/canonical-json';
import type { Database, Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { accountDeactivated, secondFactorMissing, sessionEnded } from './session-refusals';
import { activityIsStale, sessionExpiry, sessionState } from './session-lifetime';
import { newSessionToken, sessionTokenDigest } from './session-token';

/** The signed-in user behind a request, as of the start of the request. */
export interface AuthenticatedSession {
  sessionId: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  expiresAt: Date;
  reauthenticatedAt: Date | null;
  /** Whether the user has a confirmed second factor; absent means none. */
  secondFactor?: boolean;
}

export function toSessionInfo(session: AuthenticatedSession): SessionInfo {
  return {
    user: {
      id: session.userId,
      username: session.username,
      displayName: session.displayName,
      role: session.role,
    },
    expiresAt: session.expiresAt.toISOString(),
    secondFactor: {
      enrolled: session.secondFactor === true,
      required: secondFactorRequired(session.role),
    },
  };
}

export interface SessionUser {
  id: string;
  username: string;
  display_name: string;
  role: Role;
}

export async function openSession(
  tx: Queryable,
  user: SessionUser,
  now: Date,
  client: string,
  secondFactor = false,
): Promise<{ token: string; session: AuthenticatedSession }> {
  const token = newSessionToken();
  const sessionId = randomUUID();
  const expiresAt = sessionExpiry(now);
  await tx.query(
    `INSERT INTO sessions (id, token_sha256, user_id, created_at, last_seen_at, expires_at, client)
     VALUES ($1, $2, $3, $4, $4, $5, $6)`,
    [sessionId, sessionTokenDigest(token), user.id, now, expiresAt, client],
  );
  return {
    token,
    session: {
      sessionId,
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role,
      expiresAt,
      reauthenticatedAt: null,
      secondFactor,
    },
  };
}

/**
 * Opens a session for a person who just proved who they are, and records the sign-in in the
 * audit trail after `event`, the act that let them in (setup, enrolment).
 */
export async function openAuditedSession(
  tx: Queryable,
  user: SessionUser,
  now: Date,
  client: string,
  event: { action: string; details: { [key: string]: JsonValue } },
): Promise<{ token: string; session: AuthenticatedSession }> {
  const opened = await openSession(tx, user, now, client);
  for (const [action, details] of [
    [event.action, event.details],
    ['session.login', { client, sessionId: opened.session.sessionId }],
  ] as const) {
    await appendAuditEvent(tx, {
      at: now,
      actorId: user.id,
      actor: user.username,
      action,
      caseId: null,
      details,
    });
  }
  return opened;
}

interface SessionRow {
  id: string;
  user_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  reauthenticated_at: Date | null;
  username: string;
  display_name: string;
  role: Role;
  active: boolean;
  second_factor: boolean;
}

/** Whether user `u` has a confirmed second factor, as a column of a session's read. */
const HAS_SECOND_FACTOR = `EXISTS (SELECT FROM second_factors f
                     WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL)`;

/** Why a session ends when its user is deactivated; the cookie's holder is told so. */
export const DEACTIVATED = 'user_deactivated';

/** The open session a cookie token names, or null; a session found timed out is ended. */
export async function findSession(
  db: Database,
  token: string,
  now: Date,
): Promise<AuthenticatedSession | null> {
  const [row] = await db.query<SessionRow>(
    `SELECT s.id, s.user_id, s.created_at, s.last_seen_at, s.expires_at, s.reauthenticated_at,
            u.username, u.display_name, u.role, u.active,
            ${HAS_SECOND_FACTOR} AS second_factor
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_sha256 = $1 AND s.ended_at IS NULL`,
    [sessionTokenDigest(token)],
  );
  if (!row) return null;
  if (!row.active) {
    await endSession(db, row.id, now, DEACTIVATED);
    return null;
  }
  const state = sessionState(
    { createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at },
    now,
  );
  if (state !== 'active') {
    await endTimedOutSession(db, row, now, state);
    return null;
  }
  if (activityIsStale(row.last_seen_at, now)) {
    await db.query(
      'UPDATE sessions SET last_seen_at = $2 WHERE id = $1 AND ended_at IS NULL AND last_seen_at < $2',
      [row.id, now],
    );
  }
  return {
    sessionId: row.id,
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    expiresAt: row.expires_at,
    reauthenticatedAt: row.reauthenticated_at,
    secondFactor: row.second_factor,
  };
}

/**
 * The session and its user as the database has them now, for a write that was authenticated
 * a while ago: while it waited for its turn, or behind earlier actions of the same push, an
 * administrator may have changed the person's role, deactivated the account or ended its
 * sessions. Every such change takes the write order exclusively, so once a write holds it,
 * what this reads stays true until the write commits. An ended session, a deactivated
 * account or a role that now needs a second factor the person lacks stops the write.
 */
export async function sessionAsOfNow(
  tx: Queryable,
  session: AuthenticatedSession,
): Promise<AuthenticatedSession> {
  const [row] = await tx.query<{
    open: boolean;
    reauthenticated_at: Date | null;
    display_name: string;
    role: Role;
    active: boolean;
    second_factor: boolean;
  }>(
    `SELECT s.ended_at IS NULL AS open, s.reauthenticated_at, u.display_name, u.role, u.active,
            ${HAS_SECOND_FACTOR} AS second_factor
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1`,
    [session.sessionId],
  );
  if (!row?.active) throw accountDeactivated();
  if (!row.open) throw sessionEnded();
  if (!row.second_factor && secondFactorRequired(row.role)) throw secondFactorMissing(row.role);
  return {
    ...session,
    displayName: row.display_name,
    role: row.role,
    reauthenticatedAt: row.reauthenticated_at,
    secondFactor: row.second_factor,
  };
}

/** Ends an open session; whether it was still open. */
export async function endSession(
  tx: Queryable,
  sessionId: string,
  now: Date,
  reason: string,
): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE sessions SET ended_at = $2, ended_reason = $3
      WHERE id = $1 AND ended_at IS NULL RETURNING id`,
    [sessionId, now, reason],
  );
  return rows.length > 0;
}

/** A timeout is recorded in the audit trail by whichever request finds it first. */
async function endTimedOutSession(
  db: Database,
  row: SessionRow,
  now: Date,
  reason: 'idle_timeout' | 'absolute_timeout',
): Promise<void> {
  await db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    if (!(await endSession(tx, row.id, now, reason))) return;
    await appendAuditEvent(tx, {
      at: now,
      actorId: row.user_id,
      actor: row.username,
      action: 'session.timeout',
      caseId: null,
      details: { sessionId: row.id, reason, lastSeenAt: row.last_seen_at.toISOString() },
    });
  });
}

/** Ends the open session a cookie token names, whoever holds it; returns its id. */
export async function endSessionNamedBy(
  tx: Queryable,
  token: string,
  now: Date,
  reason: string,
): Promise<string | null> {
  const [row] = await tx.query<{ id: string }>(
    `UPDATE sessions SET ended_at = $2, ended_reason = $3
      WHERE token_sha256 = $1 AND ended_at IS NULL RETURNING id`,
    [sessionTokenDigest(token), now, reason],
  );
  return row?.id ?? null;
}

export async function endSessionsOfUser(
  tx: Queryable,
  userId: string,
  now: Date,
  reason: string,
): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE sessions SET ended_at = $2, ended_reason = $3
      WHERE user_id = $1 AND ended_at IS NULL RETURNING id`,
    [userId, now, reason],
  );
  return rows.length;
}

export async function markReauthenticated(
  tx: Queryable,
  sessionId: string,
  now: Date,
): Promise<void> {
  await tx.query('UPDATE sessions SET reauthenticated_at = $2, last_seen_at = $2 WHERE id = $1', [
    sessionId,
    now,
  ]);
}

/** Whether the session a cookie token named was ended because its user was deactivated. */
export async function endedByDeactivation(db: Queryable, token: string): Promise<boolean> {
  const [row] = await db.query<{ ended_reason: string | null }>(
    'SELECT ended_reason FROM sessions WHERE token_sha256 = $1',
    [sessionTokenDigest(token)],
  );
  // Sessions ended by an administrator's deactivation before this name was shared say so.
  return row?.ended_reason === DEACTIVATED || row?.ended_reason === 'deactivated';
}
