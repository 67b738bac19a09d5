import type { Queryable } from './database';
import { AUDIT_INTENT_SPACE, FEED_INTENT_SPACE } from './migrations/0016-parallel-writes';

/** Any constant works, as long as nothing else in the database uses it as an advisory lock. */
const WRITE_ORDER_LOCK = 727_193_016_001;

/**
 * Writers that touch more than one case or anything besides cases (accounts, sessions,
 * policy, imports, quarter reports) take this lock exclusively: they run one at a time and
 * never beside a case writer, as every writer did before case writes ran in parallel. The
 * lock is transaction-scoped and held across every instance sharing the database.
 */
export async function acquireWriteOrder(tx: Queryable): Promise<void> {
  await takeWriteOrder(tx, 'exclusive');
}

/**
 * Writers confined to one case take the same lock shared: they run in parallel with each
 * other, and each then locks its case row, so two writers of the same case still queue and
 * the second finds the version the first wrote. Nothing here orders the change feed or the
 * audit chain any more: see takeWriteOrder.
 */
export async function acquireCaseWriteOrder(tx: Queryable): Promise<void> {
  await takeWriteOrder(tx, 'shared');
}

type WriteOrder = 'shared' | 'exclusive';

/** What each open transaction already holds; a transaction's Queryable lives as long as it. */
const held = new WeakMap<Queryable, WriteOrder>();

/**
 * Takes the lock, then the transaction's write intents for the change feed and the audit
 * chain, up front and outside any savepoint a caller opens later (`take_write_order()`, one
 * round trip). The triggers and the audit id default would take the intents on first use
 * anyway; taking them here keeps them for the whole transaction even when a savepoint that
 * first used them is rolled back. A transaction that already holds the lock as strongly
 * (a pushed mutation applied inside its push's transaction) does not ask again: both are
 * held until it ends, and no caller takes them inside a savepoint.
 */
async function takeWriteOrder(tx: Queryable, order: WriteOrder): Promise<void> {
  const already = held.get(tx);
  if (already === 'exclusive' || already === order) return;
  // Constants written into the statement: without parameters it can travel with BEGIN.
  await tx.query(`SELECT take_write_order(${WRITE_ORDER_LOCK}, ${order === 'exclusive'})`);
  held.set(tx, order);
}

/** Which counter a reader wants the watermark of. */
export type OrderedCounter = 'change feed' | 'audit chain';

const COUNTERS: Record<OrderedCounter, { sequence: string; space: number }> = {
  'change feed': { sequence: 'case_change_seq', space: FEED_INTENT_SPACE },
  'audit chain': { sequence: 'audit_events_id_seq', space: AUDIT_INTENT_SPACE },
};

/**
 * The highest number of the counter below which every transaction that drew from it has
 * ended. Call it BEFORE taking the snapshot that reads up to it (a separate statement, or a
 * READ COMMITTED statement that follows): that snapshot then sees every committed change
 * numbered up to the watermark, and no change numbered up to it can commit later.
 */
/**
 * The same watermark as an SQL expression of constants, for a script that reads it in one
 * statement and up to it in a later one.
 */
export function watermarkOf(counter: OrderedCounter): string {
  const { sequence, space } = COUNTERS[counter];
  return `committed_through('${sequence}'::regclass, ${space})`;
}

export async function committedThrough(db: Queryable, counter: OrderedCounter): Promise<string> {
  const { sequence, space } = COUNTERS[counter];
  const [row] = await db.query<{ through: string }>(
    'SELECT committed_through($1::regclass, $2::int)::text AS through',
    [sequence, space],
  );
  if (!row) throw new Error('no watermark');
  return row.through;
}
