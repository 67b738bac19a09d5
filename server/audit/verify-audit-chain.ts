import type { Queryable } from '../storage/database';
import type { JsonValue } from './canonical-json';
import { auditEventHash, GENESIS_HASH } from './audit-event';

export type AuditChainVerdict =
  | { ok: true; events: number; lastId: string; lastHash: string }
  | { ok: false; events: number; eventId: string | null; problem: string };

interface StoredEvent {
  id: string;
  at: Date;
  actor_id: string | null;
  actor: string;
  action: string;
  case_id: string | null;
  details: { [key: string]: JsonValue };
  prev_hash: string;
  hash: string;
}

const BATCH = 1000;

/**
 * Walks the whole chain in id order. An edited event no longer matches its hash; a removed,
 * reordered or inserted one breaks the link to its neighbour; a removed tail no longer
 * reaches the head recorded in audit_chain_head.
 */
export async function verifyAuditChain(db: Queryable): Promise<AuditChainVerdict> {
  let prevHash = GENESIS_HASH;
  let lastId = '0';
  let events = 0;
  for (;;) {
    const rows = await db.query<StoredEvent>(
      `SELECT id::text AS id, at, actor_id, actor, action, case_id, details, prev_hash, hash
         FROM audit_events WHERE id > $1::bigint ORDER BY audit_events.id LIMIT ${BATCH}`,
      [lastId],
    );
    for (const row of rows) {
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          events,
          eventId: row.id,
          problem: `Event ${row.id} does not follow event ${lastId}: an event was removed, inserted or moved.`,
        };
      }
      const expected = auditEventHash(prevHash, {
        id: row.id,
        at: row.at.toISOString(),
        actorId: row.actor_id,
        actor: row.actor,
        action: row.action,
        caseId: row.case_id,
        details: row.details,
      });
      if (expected !== row.hash) {
        return {
          ok: false,
          events,
          eventId: row.id,
          problem: `Event ${row.id} was altered after it was recorded.`,
        };
      }
      prevHash = row.hash;
      lastId = row.id;
      events++;
    }
    if (rows.length < BATCH) break;
  }
  const [head] = await db.query<{ last_id: string; last_hash: string }>(
    'SELECT last_id::text AS last_id, last_hash FROM audit_chain_head',
  );
  if (!head || head.last_id !== lastId || head.last_hash !== prevHash) {
    return {
      ok: false,
      events,
      eventId: head?.last_id ?? null,
      problem: `The chain ends at event ${lastId}, but its recorded head is event ${head?.last_id ?? 'missing'}: events were removed from the end.`,
    };
  }
  return { ok: true, events, lastId, lastHash: prevHash };
}
