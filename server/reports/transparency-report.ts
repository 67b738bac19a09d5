import { createHash } from 'node:crypto';
import { periodBounds, periodsBetween, type Period } from '../../shared/transparency/quarters';
import type {
  QuarterRecord,
  QuarterState,
  TransparencyReport,
} from '../../shared/transparency/report';
import { tallyTransparency, type TalliedRow } from '../../shared/transparency/tally';
import { canonicalJson, type JsonValue } from '../audit/canonical-json';
import { ServiceError } from '../service-error';
import type { Queryable } from '../storage/database';
import { displayNameAt } from '../users/names-then';
import { loadCaseFacts } from './transparency-facts';

export interface QuarterTally {
  period: Period;
  /** What the recorded cases give now. */
  live: TalliedRow[];
  liveSha256: string;
  /** The freeze and its amendments, oldest first; the last one is what the report says. */
  records: (QuarterRecord & { tally: TalliedRow[] })[];
}

/** The hash frozen into the audit chain: the quarter's rows with the cases behind each number. */
export function tallySha256(period: Period, tally: readonly TalliedRow[]): string {
  return createHash('sha256')
    .update(canonicalJson({ period, tally } as unknown as JsonValue))
    .digest('hex');
}

/**
 * A stored hash proves nothing on its own: whoever edits the figures can leave it as it was.
 * So the figures must still give it before they are read as the published ones; if they do
 * not, the report is withheld rather than shown with figures nobody froze.
 */
function refuseAlteredRecord(
  period: Period,
  record: { seq: number; recorded_at: Date; tally: TalliedRow[]; sha256: string },
): void {
  if (tallySha256(period, record.tally) === record.sha256) return;
  const which = record.seq === 1 ? 'as closed' : `as amended (amendment ${record.seq - 1})`;
  const on = record.recorded_at.toISOString().slice(0, 10);
  throw new ServiceError(
    'internal',
    `The figures of ${period} ${which} on ${on} no longer give the SHA-256 they were frozen with: they were changed outside the case service. The report is withheld; the audit verification names the record.`,
  );
}

/** Every quarter overlapping the days from..to: computed afresh, and as frozen where it is. */
export async function tallyQuarters(tx: Queryable, from: Date, to: Date): Promise<QuarterTally[]> {
  const periods = periodsBetween(from, to);
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return [];
  const facts = await loadCaseFacts(tx, periodBounds(first).start, periodBounds(last).end);
  const live = tallyTransparency(facts, periods);
  const stored = await tx.query<{
    period: string;
    seq: number;
    kind: 'freeze' | 'amendment';
    recorded_at: Date;
    by_name: string;
    reason: string | null;
    tally: TalliedRow[];
    sha256: string;
  }>(
    `SELECT q.period, q.seq, q.kind, q.recorded_at,
            ${displayNameAt('u', 'q.recorded_at')} AS by_name, q.reason, q.tally, q.sha256
       FROM transparency_quarters q JOIN users u ON u.id = q.recorded_by
      WHERE q.period IN (SELECT jsonb_array_elements_text($1::jsonb))
      ORDER BY q.period, q.seq`,
    [JSON.stringify(periods)],
  );
  return periods.map((period) => {
    const liveRows = live.filter((t) => t.row.period === period);
    return {
      period,
      live: liveRows,
      liveSha256: tallySha256(period, liveRows),
      records: stored
        .filter((s) => s.period === period)
        .map((s) => {
          refuseAlteredRecord(period, s);
          return {
            kind: s.kind,
            at: s.recorded_at.toISOString(),
            byName: s.by_name,
            reason: s.reason,
            sha256: s.sha256,
            tally: s.tally,
          };
        }),
    };
  });
}

/** What the report says for a quarter: its last frozen record, or the live figures. */
export function reportedTally(quarter: QuarterTally): TalliedRow[] {
  return quarter.records.at(-1)?.tally ?? quarter.live;
}

export function quarterState(quarter: QuarterTally): QuarterState {
  const last = quarter.records.at(-1);
  return {
    period: quarter.period,
    frozen: last !== undefined,
    records: quarter.records.map(({ tally: _, ...record }) => record),
    differsFromCases: last !== undefined && last.sha256 !== quarter.liveSha256,
  };
}

export async function transparencyReport(
  tx: Queryable,
  from: string,
  to: string,
): Promise<TransparencyReport> {
  const quarters = await tallyQuarters(
    tx,
    new Date(`${from}T00:00:00Z`),
    new Date(`${to}T00:00:00Z`),
  );
  return {
    from,
    to,
    rows: quarters.flatMap((q) => reportedTally(q).map((t) => t.row)),
    quarters: quarters.map(quarterState),
  };
}
