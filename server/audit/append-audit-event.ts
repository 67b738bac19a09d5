import type { Queryable } from '../storage/database';
import type { AuditEventContent } from './audit-event';
import { sealAfterCommit } from './seal-audit-events';

export type NewAuditEvent = Omit<AuditEventContent, 'id' | 'at'> & { at: Date };

/**
 * Records one event inside the caller's transaction, so that the event and the change it
 * records commit or vanish together. The event is recorded unsealed: its id comes from the
 * audit counter through the transaction's write intent, and the sealer links it into the
 * hash chain once it and every event numbered before it have committed, right after this
 * transaction commits.
 */
export async function appendAuditEvent(tx: Queryable, event: NewAuditEvent): Promise<void> {
  await tx.query(
    `INSERT INTO audit_events (at, actor_id, actor, action, case_id, details)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [
      event.at.toISOString(),
      event.actorId,
      event.actor,
      event.action,
      event.caseId,
      JSON.stringify(event.details),
    ],
  );
  sealAfterCommit(tx);
}
