import type { Queryable } from '../storage/database';
import { auditEventHash, type AuditEventContent } from './audit-event';

export type NewAuditEvent = Omit<AuditEventContent, 'id' | 'at'> & { at: Date };

/**
 * Appends one event to the chain, inside the caller's transaction so that the event and the
 * change it records commit or vanish together.
 */
export async function appendAuditEvent(tx: Queryable, event: NewAuditEvent): Promise<void> {
  // Locking the head serialises appends across instances; the id is drawn under the lock,
  // so ids grow in chain order.
  const [head] = await tx.query<{ last_hash: string }>(
    'SELECT last_hash FROM audit_chain_head FOR UPDATE',
  );
  if (!head) throw new Error('the audit chain head is missing');
  const [next] = await tx.query<{ id: string }>(
    "SELECT nextval('audit_events_id_seq')::text AS id",
  );
  if (!next) throw new Error('no audit event id');
  const content: AuditEventContent = { ...event, id: next.id, at: event.at.toISOString() };
  const hash = auditEventHash(head.last_hash, content);
  await tx.query(
    `INSERT INTO audit_events (id, at, actor_id, actor, action, case_id, details, prev_hash, hash)
     VALUES ($1::bigint, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)`,
    [
      content.id,
      content.at,
      content.actorId,
      content.actor,
      content.action,
      content.caseId,
      JSON.stringify(content.details),
      head.last_hash,
      hash,
    ],
  );
  await tx.query('UPDATE audit_chain_head SET last_id = $1::bigint, last_hash = $2', [
    content.id,
    hash,
  ]);
}
