import type { Queryable } from '../storage/database';
import {
  GENESIS_HASH,
  STORED_EVENT_COLUMNS,
  storedEventHash,
  type StoredAuditEvent,
} from './audit-event';

export type AuditChainVerdict =
  | {
      ok: true;
      events: number;
      lastId: string;
      lastHash: string;
      /** Events recorded after the sealed head and not linked into the chain yet. */
      unsealed: number;
    }
  | { ok: false; events: number; eventId: string | null; problem: string };

const BATCH = 1000;

/** What signed checkpoints say each event's hash was, by event id. */
export interface ChainAnchors {
  hashes: ReadonlyMap<string, { hash: string; signedAt: string }>;
  /** The ids of `hashes`, ascending. */
  ids: readonly string[];
}

const NO_ANCHORS: ChainAnchors = { hashes: new Map(), ids: [] };

function missingAnchored(id: string, signedAt: string, events: number): AuditChainVerdict {
  return {
    ok: false,
    events,
    eventId: id,
    problem: `Event ${id}, signed into the checkpoint of ${signedAt}, is missing from the database: events were deleted or the table was emptied.`,
  };
}

/**
 * Walks the whole chain in id order. An edited event no longer matches its hash; a removed,
 * reordered or inserted one breaks the link to its neighbour; a removed tail no longer
 * reaches the head recorded in audit_chain_head. Those checks stop an edit made through the
 * service's role; the anchors stop the schema owner, who can switch the triggers off and
 * re-hash everything: an event whose hash differs from the signed copy, or that a signed
 * checkpoint lists and the table no longer holds, is named.
 *
 * Events are sealed into the chain shortly after they commit, in id order. Unsealed events
 * after the sealed head are counted, not judged: their content can no longer change (the
 * table refuses it), but no hash vouches for them yet. An unsealed event before a sealed one
 * means the chain skipped it, and is reported as damage.
 */
export async function verifyAuditChain(
  db: Queryable,
  anchors: ChainAnchors = NO_ANCHORS,
): Promise<AuditChainVerdict> {
  let prevHash = GENESIS_HASH;
  let lastId = '0';
  let events = 0;
  let nextAnchor = 0;
  let readUpTo = '0';
  let firstUnsealed: string | null = null;
  let unsealed = 0;
  for (;;) {
    const rows = await db.query<StoredAuditEvent>(
      `SELECT ${STORED_EVENT_COLUMNS} FROM audit_events WHERE id > $1::bigint ORDER BY audit_events.id LIMIT ${BATCH}`,
      [readUpTo],
    );
    for (const row of rows) {
      readUpTo = row.id;
      if (row.hash === null) {
        firstUnsealed ??= row.id;
        unsealed++;
        continue;
      }
      if (firstUnsealed !== null) {
        return {
          ok: false,
          events,
          eventId: firstUnsealed,
          problem: `Event ${firstUnsealed} was left out of the chain: it is not sealed, yet event ${row.id} after it is.`,
        };
      }
      for (; nextAnchor < anchors.ids.length; nextAnchor++) {
        const id = anchors.ids[nextAnchor] ?? '';
        if (BigInt(id) >= BigInt(row.id)) break;
        return missingAnchored(id, anchors.hashes.get(id)?.signedAt ?? '', events);
      }
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          events,
          eventId: row.id,
          problem: `Event ${row.id} does not follow event ${lastId}: an event was removed, inserted or moved.`,
        };
      }
      if (storedEventHash(prevHash, row) !== row.hash) {
        return {
          ok: false,
          events,
          eventId: row.id,
          problem: `Event ${row.id} was altered after it was recorded.`,
        };
      }
      const anchored = anchors.hashes.get(row.id);
      if (anchored) {
        nextAnchor++;
        if (anchored.hash !== row.hash) {
          return {
            ok: false,
            events,
            eventId: row.id,
            problem: `Event ${row.id} differs from the copy signed into the checkpoint of ${anchored.signedAt}: the chain was rewritten from this event on.`,
          };
        }
      }
      prevHash = row.hash;
      lastId = row.id;
      events++;
    }
    if (rows.length < BATCH) break;
  }
  const unseen = anchors.ids[nextAnchor];
  if (unseen !== undefined) {
    return missingAnchored(unseen, anchors.hashes.get(unseen)?.signedAt ?? '', events);
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
  return { ok: true, events, lastId, lastHash: prevHash, unsealed };
}
