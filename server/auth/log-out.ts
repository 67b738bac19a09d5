import { appendAuditEvent } from '../audit/append-audit-event';
import type { Database } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { endSession, type AuthenticatedSession } from './sessions';

export function logOut(db: Database, session: AuthenticatedSession, now: Date): Promise<void> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    await endSession(tx, session.sessionId, now, 'logout');
    await appendAuditEvent(tx, {
      at: now,
      actorId: session.userId,
      actor: session.username,
      action: 'session.logout',
      caseId: null,
      details: { sessionId: session.sessionId },
    });
  });
}
