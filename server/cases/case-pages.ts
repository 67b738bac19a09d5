import type { CasePage } from '../../shared/api';
import { currentPolicy } from '../policy/policy-store';
import type { Database, Queryable } from '../storage/database';
import { committedThrough } from '../storage/write-order';
import {
  CASE_SUMMARY_FROM,
  CASE_SUMMARY_JSON_COLUMNS,
  toCaseSummary,
  type CaseSummaryJsonRow,
} from './case-rows';

export async function databaseId(db: Queryable): Promise<string> {
  const [row] = await db.query<{ database_id: string }>('SELECT database_id FROM installation');
  if (!row) throw new Error('the installation row is missing');
  return row.database_id;
}

/**
 * Changes after `cursor`, oldest first: case summaries, and the policy in force when a new
 * policy version falls in the page's range. Cases and policy versions draw from one counter;
 * the next cursor is the highest number the page covers. A case changed again later
 * reappears in a later page with its new state.
 *
 * Writers commit in parallel, so numbers do not commit in order. A page reads only up to
 * the counter's watermark, below which every writer has ended; a change numbered above it
 * may still be joined by a lower one, and waits for a later pull. The cursor therefore never
 * moves past a change that could still commit.
 */
export async function caseChangesSince(
  db: Database,
  cursor: string | undefined,
  limit: number,
  now: Date,
): Promise<CasePage> {
  const after = cursor ?? '0';
  // Read before the snapshot below is taken: that snapshot then holds every change up to it.
  const watermark = highest([after, await committedThrough(db, 'change feed')]);
  return db.transaction(async (tx) => {
    // One snapshot for every read below: a write committed between two of them could
    // otherwise be skipped by a cursor that moved past it.
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    // The page as one JSON text (see CaseSummaryJsonRow), in change order.
    const [selected] = await tx.query<{ rows: string }>(
      `SELECT coalesce(json_agg(s ORDER BY s.change_seq::bigint), '[]')::text AS rows
         FROM (SELECT ${CASE_SUMMARY_JSON_COLUMNS} FROM ${CASE_SUMMARY_FROM}
                WHERE c.change_seq > $1::bigint AND c.change_seq <= $2::bigint
                ORDER BY c.change_seq LIMIT $3) s`,
      [after, watermark, limit + 1],
    );
    const rows = JSON.parse(selected?.rows ?? '[]') as CaseSummaryJsonRow[];
    const page = rows.slice(0, limit);
    const hasMore = rows.length > limit;
    // A full page covers changes up to its last case; the last page, up to the watermark.
    const upTo = hasMore ? (page.at(-1)?.change_seq ?? watermark) : watermark;
    const [policyChange] = await tx.query<{ change_seq: string | null }>(
      `SELECT max(change_seq)::text AS change_seq FROM policy_versions
        WHERE change_seq > $1::bigint AND change_seq <= $2::bigint`,
      [after, upTo],
    );
    const policySeq = policyChange?.change_seq ?? null;
    const next = highest([after, upTo]);
    return {
      databaseId: await databaseId(tx),
      cursor: next,
      hasMore,
      // Counted once, on the first page of a first sync: counting on every page would make a
      // large first sync quadratic, and the steady-state poll stays one indexed range scan.
      ...(hasMore && cursor === undefined
        ? { remaining: await changesAfter(tx, next, watermark) }
        : {}),
      cases: page.map(toCaseSummary),
      // The version in force, not the newest: a version published to apply later must not
      // judge cases on a workstation before its day, and a proposal is not in this table at all.
      ...(policySeq !== null ? { policy: await currentPolicy(tx, now) } : {}),
    };
  });
}

function highest(counters: readonly (string | null)[]): string {
  return counters
    .filter((c): c is string => c !== null)
    .reduce((a, b) => (BigInt(a) >= BigInt(b) ? a : b));
}

async function changesAfter(db: Queryable, cursor: string, upTo: string): Promise<number> {
  const [row] = await db.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM cases WHERE change_seq > $1::bigint AND change_seq <= $2::bigint',
    [cursor, upTo],
  );
  return Number(row?.n ?? 0);
}
