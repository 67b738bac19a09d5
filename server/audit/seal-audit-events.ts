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
  return (await sealPass(db)).sealed;
}

interface PassResult {
  sealed: number;
  /** The head the pass left: every event up to it is sealed. */
  head: bigint;
}

async function sealPass(db: Database): Promise<PassResult> {
  let sealed = 0;
  for (;;) {
    const batch = await db.transaction((tx) => sealBatch(tx));
    sealed += batch.sealed;
    if (batch.sealed < BATCH) return { sealed, head: batch.head };
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

async function sealBatch(tx: Queryable): Promise<PassResult> {
  const [heads, , events] = await tx.exec(READ_BATCH);
  const [head] = (heads ?? []) as Head[];
  if (!head) throw new Error('the audit chain head is missing');
  const rows = (events ?? []) as StoredAuditEvent[];
  const last = rows.at(-1);
  if (!last) return { sealed: 0, head: BigInt(head.last_id) };
  let prevHash = head.last_hash;
  const seals = rows.map((row) => {
    const hash = storedEventHash(prevHash, row);
    const seal = { id: row.id, prev_hash: prevHash, hash };
    prevHash = hash;
    return seal;
  });
  // The hashes, then the head moved to the last of them, in one statement (migration 24).
  await tx.query('SELECT seal_audit_events($1::jsonb) AS sealed', [JSON.stringify(seals)]);
  return { sealed: seals.length, head: BigInt(last.id) };
}

/** What a request waits for: its events, up to this id, or (`any`) a pass begun after it. */
type Need = bigint | 'any';

function larger(a: Need | undefined, b: Need): Need {
  if (a === undefined) return b;
  if (a === 'any' || b === 'any') return 'any';
  return a > b ? a : b;
}

/**
 * Passes within one process run one after another. A request waits for at most the pass
 * running now and the one after it, which starts after its commit and so sees its events;
 * a request that names its last event is answered as soon as a pass has sealed it, often
 * the pass running when it came. The pass after is skipped when every request waiting for
 * it was answered so.
 */
class SealQueue {
  private running: Promise<unknown> = Promise.resolve();
  private next: Promise<number> | undefined;
  /** What the requests waiting for the next pass need of it. */
  private nextNeeds: Need | undefined;
  /** Every event up to this id is sealed: the head as this process's last pass left it. */
  private sealedThrough = 0n;

  constructor(private readonly db: Database) {}

  request(need: Need): Promise<number> {
    if (this.covers(need)) return Promise.resolve(0);
    const running = this.running;
    const next = this.scheduleNext(need);
    if (need === 'any') return next;
    // The pass running now may have read its watermark after this request's commit.
    return running.then(
      () => (this.covers(need) ? 0 : next),
      () => next,
    );
  }

  private covers(need: Need): boolean {
    return need !== 'any' && need <= this.sealedThrough;
  }

  private scheduleNext(need: Need): Promise<number> {
    this.nextNeeds = larger(this.nextNeeds, need);
    if (this.next) return this.next;
    const next = this.running
      .catch(() => undefined)
      .then(async () => {
        const needs = this.nextNeeds ?? 'any';
        this.next = undefined;
        this.nextNeeds = undefined;
        if (this.covers(needs)) return 0;
        const { sealed, head } = await sealPass(this.db);
        if (head > this.sealedThrough) this.sealedThrough = head;
        return sealed;
      });
    this.next = next;
    this.running = next;
    return next;
  }
}

const queues = new WeakMap<Database, SealQueue>();

/**
 * Seals what has committed, sharing a pass with other requests of this process. Given the
 * id of the last event the caller committed, answers once that event is sealed or a pass
 * begun after the call has ended; without it, once a pass begun after the call has ended.
 */
export function requestSeal(db: Database, through?: string): Promise<number> {
  let queue = queues.get(db);
  if (!queue) {
    queue = new SealQueue(db);
    queues.set(db, queue);
  }
  return queue.request(through === undefined ? 'any' : BigInt(through));
}

/** The highest event id each open transaction recorded; its Queryable lives as long as it. */
const recorded = new WeakMap<Queryable, { through: bigint }>();

/**
 * Seals the transaction's events once it has committed (when the backend supports it):
 * one request per transaction, for the highest event id it recorded.
 */
export function sealAfterCommit(tx: Queryable, eventId: string): void {
  const id = BigInt(eventId);
  const known = recorded.get(tx);
  if (known) {
    if (id > known.through) known.through = id;
    return;
  }
  const mine = { through: id };
  recorded.set(tx, mine);
  tx.afterCommit?.(async (db) => {
    await requestSeal(db, mine.through.toString());
  });
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
