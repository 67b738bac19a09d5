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
  await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_ORDER_LOCK]);
  await announceWrites(tx);
}

/**
 * Writers confined to one case take the same lock shared: they run in parallel with each
 * other, and each then locks its case row, so two writers of the same case still queue and
 * the second finds the version the first wrote. Nothing here orders the change feed or the
 * audit chain any more: see announceWrites.
 */
export async function acquireCaseWriteOrder(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock_shared($1)', [WRITE_ORDER_LOCK]);
  await announceWrites(tx);
}

/**
 * Takes the transaction's write intents for the change feed and the audit chain up front,
 * outside any savepoint a caller opens later. The triggers and the audit id default would
 * take them on first use anyway; taking them here keeps them for the whole transaction even
 * when a savepoint that first used them is rolled back.
 */
async function announceWrites(tx: Queryable): Promise<void> {
  await tx.query(
    `SELECT announce_write('case_change_seq', $1::int),
            announce_write('audit_events_id_seq', $2::int)`,
    [FEED_INTENT_SPACE, AUDIT_INTENT_SPACE],
  );
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
export async function committedThrough(db: Queryable, counter: OrderedCounter): Promise<string> {
  const { sequence, space } = COUNTERS[counter];
  const [row] = await db.query<{ through: string }>(
    'SELECT committed_through($1::regclass, $2::int)::text AS through',
    [sequence, space],
  );
  if (!row) throw new Error('no watermark');
  return row.through;
}
