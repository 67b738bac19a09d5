import type { Database, Queryable } from '../storage/database';
import {
  GENESIS_HASH,
  STORED_EVENT_COLUMNS,
  storedEventHash,
  type StoredAuditEvent,
} from './audit-event';
import { latestCheckpoint, writeCheckpoint, type AuditCheckpoint } from './checkpoint-files';
import { loadOrCreateSigningKey, type AuditSigningKey } from './signing-key';

export interface AuditAnchorSettings {
  /** Holds the signing key; never inside the database or its folder. */
  keyDir: string;
  /** Where checkpoints are added; meant to be append-only storage outside the database. */
  checkpointDir: string;
  /** How often the head is signed when it has moved; 0 signs only after important events. */
  intervalMs: number;
}

export type CheckpointResult =
  { ok: true; written: string[]; lastId: string } | { ok: false; problem: string };

export interface AuditAnchor {
  readonly settings: AuditAnchorSettings;
  /** Signs every event since the latest checkpoint. Calls queue; one runs at a time. */
  checkpoint(): Promise<CheckpointResult>;
  stop(): void;
}

/** The most events one checkpoint file lists, to keep each file small enough to read whole. */
const EVENTS_PER_CHECKPOINT = 20_000;

export async function databaseIdOf(db: Queryable): Promise<string> {
  const [row] = await db.query<{ database_id: string }>('SELECT database_id FROM installation');
  if (!row) throw new Error('the installation row is missing');
  return row.database_id;
}

/**
 * Signs the chain head into checkpoints outside the database, on a timer and whenever the
 * service asks (after an approval). Before signing it checks that the new events hash
 * correctly and continue the chain exactly where the previous checkpoint left it, so a
 * history rewritten since then is reported rather than signed.
 */
export async function openAuditAnchor(
  db: Database,
  settings: AuditAnchorSettings,
  clock: () => Date,
): Promise<AuditAnchor> {
  const key = await loadOrCreateSigningKey(settings.keyDir);
  const databaseId = await databaseIdOf(db);
  let queue: Promise<unknown> = Promise.resolve();

  const checkpoint = (): Promise<CheckpointResult> => {
    const run = queue.then(() => signNewEvents(db, settings.checkpointDir, key, databaseId, clock));
    queue = run.catch(() => undefined);
    return run;
  };

  const timer =
    settings.intervalMs > 0
      ? setInterval(() => void reportCheckpoint(checkpoint()), settings.intervalMs)
      : undefined;
  // A pending checkpoint must not keep a stopping process alive.
  timer?.unref();

  return { settings, checkpoint, stop: () => clearInterval(timer) };
}

/**
 * Waits for a checkpoint and logs a refusal or failure. Signing happens after the events
 * committed, so its failure must not undo or fail the request that caused it: the events stay
 * and the next checkpoint signs them.
 */
export async function reportCheckpoint(run: Promise<CheckpointResult>): Promise<void> {
  try {
    const result = await run;
    if (!result.ok) console.error(`Audit checkpoint refused: ${result.problem}`);
  } catch (error) {
    console.error('Audit checkpoint failed:', error);
  }
}

async function signNewEvents(
  db: Database,
  dir: string,
  key: AuditSigningKey,
  databaseId: string,
  clock: () => Date,
): Promise<CheckpointResult> {
  const found = await latestCheckpoint(dir, key, databaseId);
  if ('problem' in found) return { ok: false, problem: found.problem };
  const { latest } = found;
  let afterId = latest?.checkpoint.lastId ?? '0';
  let prevHash = latest?.checkpoint.lastHash ?? GENESIS_HASH;
  const [head] = await db.query<{ last_id: string }>(
    'SELECT last_id::text AS last_id FROM audit_chain_head',
  );
  if (!head) return { ok: false, problem: 'the audit chain head is missing' };
  if (BigInt(head.last_id) < BigInt(afterId)) {
    return {
      ok: false,
      problem: `the chain ends at event ${head.last_id}, before event ${afterId} already signed`,
    };
  }
  if (latest) {
    const [signed] = await db.query<{ hash: string }>(
      'SELECT hash FROM audit_events WHERE id = $1::bigint',
      [afterId],
    );
    if (signed?.hash !== prevHash) {
      return { ok: false, problem: `event ${afterId} no longer matches its signed checkpoint` };
    }
  }
  const written: string[] = [];
  while (BigInt(afterId) < BigInt(head.last_id)) {
    const rows = await db.query<StoredAuditEvent>(
      `SELECT ${STORED_EVENT_COLUMNS} FROM audit_events WHERE id > $1::bigint AND id <= $2::bigint
        ORDER BY audit_events.id LIMIT ${EVENTS_PER_CHECKPOINT}`,
      [afterId, head.last_id],
    );
    if (rows.length === 0) {
      return { ok: false, problem: `events after ${afterId} up to the head are missing` };
    }
    const events: [string, string][] = [];
    for (const row of rows) {
      if (row.prev_hash !== prevHash || row.hash !== storedEventHash(prevHash, row)) {
        return { ok: false, problem: `event ${row.id} does not continue the signed chain` };
      }
      events.push([row.id, row.hash]);
      prevHash = row.hash;
    }
    const lastId = rows.at(-1)?.id ?? afterId;
    const content: AuditCheckpoint = {
      format: 1,
      databaseId,
      afterId,
      lastId,
      lastHash: prevHash,
      events,
      writtenAt: clock().toISOString(),
      keyId: key.keyId,
    };
    written.push(await writeCheckpoint(dir, key, content));
    afterId = lastId;
  }
  return { ok: true, written, lastId: afterId };
}
