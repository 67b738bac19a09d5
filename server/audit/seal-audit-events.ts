import type { Database, Queryable } from '../storage/database';
import { watermarkOf } from '../storage/write-order';
import { STORED_EVENT_COLUMNS, storedEventHash, type StoredAuditEvent } from './audit-event';

const BATCH = 1000;

/**
 * Links every committed, unsealed event into the hash chain, in id order, and moves the
 * head. One sealer at a time across every instance: each pass locks the head row, for a
 * short transaction. Only events up to the audit counter's watermark are sealed, so an
 * event still being written with a lower id is never skipped: the chain stays linear.
 * Returns how many events were sealed.
 */
export async function sealAuditEvents(db: Database): Promise<number> {
  let sealed = 0;
  for (;;) {
    const count = await db.transaction((tx) => sealBatch(tx));
    sealed += count;
    if (count < BATCH) return sealed;
  }
}

const WATERMARK = 'disclosure_desk.seal_through';

interface Head {
  last_id: string;
  last_hash: string;
}

/**
 * Three statements, one round trip (with BEGIN when it opens the transaction): lock the
 * head; read the audit counter's watermark into a setting of this transaction; read the
 * events up to it. Each statement of a script takes its own snapshot after the one before
 * it has ended, so the events are read in a snapshot taken after the watermark, as
 * committedThrough requires; the head they follow is the one locked, since no one else can
 * move it now.
 */
const READ_BATCH = `
  SELECT last_id::text AS last_id, last_hash FROM audit_chain_head FOR UPDATE;
  SELECT set_config('${WATERMARK}', ${watermarkOf('audit chain')}::text, true);
  SELECT ${STORED_EVENT_COLUMNS} FROM audit_events
   WHERE hash IS NULL
     AND id > (SELECT last_id FROM audit_chain_head)
     AND id <= current_setting('${WATERMARK}')::bigint
   ORDER BY audit_events.id LIMIT ${BATCH}`;

async function sealBatch(tx: Queryable): Promise<number> {
  const [heads, , events] = await tx.exec(READ_BATCH);
  const [head] = (heads ?? []) as Head[];
  if (!head) throw new Error('the audit chain head is missing');
  const rows = (events ?? []) as StoredAuditEvent[];
  if (rows.length === 0) return 0;
  let prevHash = head.last_hash;
  const seals = rows.map((row) => {
    const hash = storedEventHash(prevHash, row);
    const seal = { id: row.id, prev_hash: prevHash, hash };
    prevHash = hash;
    return seal;
  });
  // The hashes, then the head moved to the last of them, in one statement (migration 24).
  await tx.query('SELECT seal_audit_events($1::jsonb) AS sealed', [JSON.stringify(seals)]);
  return seals.length;
}

/**
 * Passes within one process run one after another: a request waits for at most the pass
 * running now and the one after it, which starts after its commit and so sees its events.
 */
class SealQueue {
  private running: Promise<unknown> = Promise.resolve();
  private next: Promise<number> | undefined;

  constructor(private readonly db: Database) {}

  request(): Promise<number> {
    if (this.next) return this.next;
    const next = this.running
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return sealAuditEvents(this.db);
      });
    this.next = next;
    this.running = next;
    return next;
  }
}

const queues = new WeakMap<Database, SealQueue>();

/** Seals what has committed, sharing a pass with other requests of this process. */
export function requestSeal(db: Database): Promise<number> {
  let queue = queues.get(db);
  if (!queue) {
    queue = new SealQueue(db);
    queues.set(db, queue);
  }
  return queue.request();
}

async function sealTask(db: Database): Promise<void> {
  await requestSeal(db);
}

/** Seals the transaction's events once it has committed (when the backend supports it). */
export function sealAfterCommit(tx: Queryable): void {
  tx.afterCommit?.(sealTask);
}

/**
 * Seals now and then on its own: events whose instance stopped between their commit and
 * their seal, or whose seal pass failed, are sealed by whichever instance runs next.
 */
export function startBackgroundSealer(db: Database, intervalMs: number): () => void {
  const seal = () =>
    void requestSeal(db).catch((error: unknown) => console.error('Audit seal failed:', error));
  const timer = setInterval(seal, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
