import type { Outcome } from '../../shared/case-lifecycle';
import type { Instrument, Route } from '../../shared/order';
import { CHECK_KEYS, type Checks } from '../../shared/review';
import type { CaseFacts } from '../../shared/transparency/tally';
import type { Queryable } from '../storage/database';

interface FactRow {
  id: string;
  country: string;
  received_at: Date;
  emergency: boolean;
  instrument: Instrument;
  route: Route;
  outcome: Outcome | null;
  checks: Checks;
  delivery_kind: 'disclosure' | 'refusal' | null;
  delivered_at: Date | null;
  refused_at: Date | null;
  accounts: string[] | null;
  kind: 'production' | 'preservation';
}

/**
 * What the report needs of every case received, answered or refused between `start` and
 * `end`: read from the case records, their deliveries and lookups, and the audit events
 * that record refusals. Only account ids leave the lookup table, never the values.
 */
export async function loadCaseFacts(tx: Queryable, start: Date, end: Date): Promise<CaseFacts[]> {
  const rows = await tx.query<FactRow>(
    `WITH refusals AS (
       SELECT case_id, min(at) AS at FROM audit_events
        WHERE action = 'case.recordRefusal' GROUP BY case_id
     )
     SELECT c.id, c.kind, c.country, c.received_at, c.emergency,
            c.order_data->>'instrument' AS instrument, c.order_data->>'route' AS route,
            c.outcome, c.review->'checks' AS checks,
            d.kind AS delivery_kind, d.delivered_at, r.at AS refused_at,
            (SELECT jsonb_agg(DISTINCT coalesce(a->>'accountId', a->>'target'))
               FROM jsonb_array_elements(l.answers) a
              WHERE a->>'result' = 'found') AS accounts
       FROM cases c
       LEFT JOIN case_deliveries d ON d.case_id = c.id
       LEFT JOIN refusals r ON r.case_id = c.id
       LEFT JOIN subscriber_lookups l ON l.case_id = c.id
      WHERE (c.received_at >= $1 AND c.received_at < $2)
         OR (d.delivered_at >= $1 AND d.delivered_at < $2)
         OR (r.at >= $1 AND r.at < $2)`,
    [start, end],
  );
  return rows.map((row) => ({
    caseId: row.id,
    country: row.country,
    receivedAt: row.received_at,
    emergency: row.emergency,
    instrument: row.instrument,
    route: row.route,
    outcome: row.outcome,
    failedChecks: CHECK_KEYS.filter((k) => row.checks[k]?.result === 'fail'),
    answer: answerOf(row),
    disclosedAccounts: row.delivery_kind === 'disclosure' ? (row.accounts ?? []) : [],
    kind: row.kind,
  }));
}

function answerOf(row: FactRow): CaseFacts['answer'] {
  if (row.delivery_kind === 'disclosure' && row.delivered_at) {
    return { kind: 'disclosure', at: row.delivered_at };
  }
  if (row.refused_at) {
    // The refusal letter's delivery when it was recorded; the refusal itself otherwise.
    const at =
      row.delivery_kind === 'refusal' && row.delivered_at ? row.delivered_at : row.refused_at;
    return { kind: 'refusal', at };
  }
  return null;
}
