import type { Queryable, SqlValue } from '../storage/database';
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
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO audit_events ${eventValues(1)} RETURNING id::text AS id`,
    eventParams(event),
  );
  if (!row) throw new Error('the audit event was not recorded');
  sealAfterCommit(tx, row.id);
}

/** A data-modifying statement with parameters `$1` to `$n`, n the length of `params`. */
export interface Change {
  sql: string;
  params: readonly SqlValue[];
}

/**
 * The same, with the change the event records in the same statement: one round trip for
 * both. The change runs whole, as a statement of its own would (PostgreSQL runs a
 * data-modifying WITH to completion whether or not anything reads it).
 */
export async function appendAuditEventWith(
  tx: Queryable,
  change: Change,
  event: NewAuditEvent,
): Promise<void> {
  const [row] = await tx.query<{ id: string }>(
    `WITH change AS (${change.sql})
     INSERT INTO audit_events ${eventValues(change.params.length + 1)} RETURNING id::text AS id`,
    [...change.params, ...eventParams(event)],
  );
  if (!row) throw new Error('the audit event was not recorded');
  sealAfterCommit(tx, row.id);
}

/** The columns and values of an event, its parameters numbered from `first`. */
function eventValues(first: number): string {
  const [at, actorId, actor, action, caseId, details] = Array.from(
    { length: 6 },
    (_, i) => `$${first + i}`,
  );
  return `(at, actor_id, actor, action, case_id, details)
     VALUES (${at}, ${actorId}, ${actor}, ${action}, ${caseId}, ${details}::jsonb)`;
}

function eventParams(event: NewAuditEvent): SqlValue[] {
  return [
    event.at.toISOString(),
    event.actorId,
    event.actor,
    event.action,
    event.caseId,
    JSON.stringify(event.details),
  ];
}
