import type { CasePage } from '../../shared/api';
import type { Queryable } from '../storage/database';
import {
  CASE_SUMMARY_COLUMNS,
  CASE_SUMMARY_FROM,
  toCaseSummary,
  type CaseSummaryRow,
} from './case-rows';

export async function databaseId(db: Queryable): Promise<string> {
  const [row] = await db.query<{ database_id: string }>('SELECT database_id FROM installation');
  if (!row) throw new Error('the installation row is missing');
  return row.database_id;
}

/**
 * Cases changed after `cursor`, oldest change first. The next cursor is the counter of the
 * last case returned; a case changed again later reappears in a later page with its new state.
 */
export async function caseChangesSince(
  db: Queryable,
  cursor: string | undefined,
  limit: number,
): Promise<CasePage> {
  const after = cursor ?? '0';
  const rows = await db.query<CaseSummaryRow>(
    `SELECT ${CASE_SUMMARY_COLUMNS} FROM ${CASE_SUMMARY_FROM}
      WHERE c.change_seq > $1::bigint ORDER BY c.change_seq LIMIT $2`,
    [after, limit + 1],
  );
  const page = rows.slice(0, limit);
  const next = page.at(-1)?.change_seq ?? after;
  const hasMore = rows.length > limit;
  return {
    databaseId: await databaseId(db),
    cursor: next,
    hasMore,
    // Counted once, on the first page of a first sync: counting on every page would make a
    // large first sync quadratic, and the steady-state poll stays one indexed range scan.
    ...(hasMore && cursor === undefined ? { remaining: await changesAfter(db, next) } : {}),
    cases: page.map(toCaseSummary),
  };
}

async function changesAfter(db: Queryable, cursor: string): Promise<number> {
  const [row] = await db.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM cases WHERE change_seq > $1::bigint',
    [cursor],
  );
  return Number(row?.n ?? 0);
}
