import type { ReportCase, ReportMeasure } from '../../shared/transparency/report';
import { isPeriod, periodBounds } from '../../shared/transparency/quarters';
import type { Queryable } from '../storage/database';
import { reportedTally, tallyQuarters } from './transparency-report';

/** The cases behind one number of the report, as the report states it (frozen or live). */
export async function reportCases(
  tx: Queryable,
  query: { country: string; period: string; measure: ReportMeasure },
): Promise<ReportCase[]> {
  if (!isPeriod(query.period)) return [];
  const { start } = periodBounds(query.period);
  const [quarter] = await tallyQuarters(tx, start, start);
  const row = quarter
    ? reportedTally(quarter).find((t) => t.row.country === query.country)
    : undefined;
  const ids = row?.cases[query.measure] ?? [];
  if (ids.length === 0) return [];
  const rows = await tx.query<{
    id: string;
    reference: string;
    authority_name: string;
    status: string;
  }>(
    `SELECT id, reference, authority_name, status FROM cases
      WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)
      ORDER BY reference`,
    [JSON.stringify(ids)],
  );
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    authorityName: r.authority_name,
    status: r.status,
  }));
}
