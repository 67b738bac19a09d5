import type { OpenSession } from '../../shared/api';
import { appendAuditEvent } from '../audit/append-audit-event';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { SESSION_IDLE_TIMEOUT_MS } from './session-lifetime';
import { endSession, type AuthenticatedSession } from './sessions';

/** A user's sessions that are open and not yet timed out, newest first. */
export async function listOpenSessions(
  db: Queryable,
  userId: string,
  current: AuthenticatedSession,
  now: Date,
): Promise<OpenSession[]> {
  const rows = await db.query<{
    id: string;
    created_at: Date;
    last_seen_at: Date;
    client: string | null;
  }>(
    `SELECT id, created_at, last_seen_at, client FROM sessions
      WHERE user_id = $1 AND ended_at IS NULL AND expires_at > $2 AND last_seen_at > $3
      ORDER BY created_at DESC`,
    [userId, now, new Date(now.getTime() - SESSION_IDLE_TIMEOUT_MS)],
  );
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at.toISOString(),
    lastSeenAt: r.last_seen_at.toISOString(),
    client: r.client,
    current: r.id === current.sessionId,
  }));
}

/** Ends one session: one's own, or anyone's for an administrator. */
export function endOneSession(
  db: Database,
  actor: AuthenticatedSession,
  sessionId: string,
  now: Date,
): Promise<void> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const [row] = await tx.query<{ user_id: string; username: string }>(
      `SELECT s.user_id, u.username FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.ended_at IS NULL`,
      [sessionId],
    );
    // Someone else's session is "not found" to a non-administrator: its id tells them nothing.
    if (!row || (row.user_id !== actor.userId && actor.role !== 'admin')) {
      throw new ServiceError('not_found', 'There is no such open session.');
    }
    const byAdmin = row.user_id !== actor.userId;
    await endSession(tx, sessionId, now, byAdmin ? 'ended_by_administrator' : 'ended_by_user');
    await appendAuditEvent(tx, {
      at: now,
      actorId: actor.userId,
      actor: actor.username,
      action: 'session.ended',
      caseId: null,
      details: { sessionId, userId: row.user_id, username: row.username },
    });
  });
}
