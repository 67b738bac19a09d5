import type { CaseStatus, Outcome } from '../../shared/case-lifecycle';
import type { CaseSummary } from '../../shared/case-record';
import type { Order } from '../../shared/order';
import {
  preservationExpiry,
  type OrderKind,
  type PreservationInstrument,
} from '../../shared/preservation';
import type { Verdict } from '../../shared/policy';
import type { Review } from '../../shared/review';
import { caseSearchTerms, overrideCount, type SearchableOrder } from '../../shared/case-search';
import { displayNameAt } from '../users/names-then';

export interface CaseSummaryRow {
  id: string;
  reference: string;
  status: CaseStatus;
  authority_name: string;
  country: string;
  received_at: Date;
  due_at: Date;
  emergency: boolean;
  target_count: number;
  assignee_id: string | null;
  assignee_name: string | null;
  outcome: Outcome | null;
  version: number;
  updated_at: Date;
  change_seq: string;
  /** The parts of the order the queue searches, without the rest of it. */
  order_terms: SearchableOrder | null;
  review_checks: Parameters<typeof overrideCount>[0];
  verdict_checks: Parameters<typeof overrideCount>[1];
  participant_ids: string[] | null;
  kind: OrderKind;
  preservation_instrument: PreservationInstrument | null;
  preservation_extended_at: Date | null;
  linked_case_id: string | null;
}

/** How a summary's timestamp column is selected: as stored, or as ISO text. */
type TimestampColumn = (name: string) => string;

const asStored: TimestampColumn = (name) => `c.${name}`;
/** Milliseconds, as `Date` keeps them (truncated, not rounded), in UTC with a `Z`. */
const asIsoText: TimestampColumn = (name) =>
  `to_char(c.${name} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${name}`;

function summaryColumns(timestamp: TimestampColumn): string {
  return `
  c.id, c.reference, c.status, c.authority_name, c.country, ${timestamp('received_at')},
  ${timestamp('due_at')}, c.emergency, c.target_count, c.assignee_id,
  assignee.display_name AS assignee_name, c.outcome, c.version, ${timestamp('updated_at')},
  c.change_seq::text AS change_seq,
  jsonb_build_object('caseNumber', c.order_data->'caseNumber', 'targets', c.order_data->'targets',
    'offences', c.order_data->'offences') AS order_terms,
  c.review->'checks' AS review_checks, c.verdict->'checks' AS verdict_checks,
  ARRAY(SELECT DISTINCT p FROM unnest(ARRAY[c.imported_by, c.assignee_id, c.signed_off_by]
          || ARRAY(SELECT v.recorded_by FROM verifications v WHERE v.case_id = c.id)) AS p
         WHERE p IS NOT NULL)::text[] AS participant_ids,
  c.kind,
  c.order_data->'preservation'->>'instrument' AS preservation_instrument,
  ${timestamp('preservation_extended_at')}, c.linked_case_id`;
}

export const CASE_SUMMARY_COLUMNS = summaryColumns(asStored);

export const CASE_SUMMARY_FROM = 'cases c LEFT JOIN users assignee ON assignee.id = c.assignee_id';

/**
 * A summary row as the change feed reads it: the whole page comes from the database as one
 * JSON text, since handing over some twenty columns per row, several of them JSON, cost the
 * embedded database more than building the rows themselves. In JSON a timestamp is text, so
 * the feed formats each one as the ISO instant `Date.toISOString` gives.
 */
export type CaseSummaryJsonRow = Omit<
  CaseSummaryRow,
  'received_at' | 'due_at' | 'updated_at' | 'preservation_extended_at'
> & {
  received_at: string;
  due_at: string;
  updated_at: string;
  preservation_extended_at: string | null;
};

/** `CASE_SUMMARY_COLUMNS` with every timestamp as ISO text, for `CaseSummaryJsonRow`. */
export const CASE_SUMMARY_JSON_COLUMNS = summaryColumns(asIsoText);

function isoText(value: Date | string): string {
  return typeof value === 'string' ? value : value.toISOString();
}

export function toCaseSummary(row: CaseSummaryRow | CaseSummaryJsonRow): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    authorityName: row.authority_name,
    country: row.country,
    receivedAt: isoText(row.received_at),
    dueAt: isoText(row.due_at),
    emergency: row.emergency,
    targetCount: row.target_count,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    outcome: row.outcome,
    version: row.version,
    updatedAt: isoText(row.updated_at),
    searchTerms: caseSearchTerms(row.reference, row.authority_name, row.order_terms),
    overrideCount: overrideCount(row.review_checks, row.verdict_checks),
    participantIds: row.participant_ids ?? [],
    kind: row.kind,
    preservationExpiresAt: preservationExpiresAt(row),
  };
}

/** Computed from the order's receipt, its instrument and the extension, never stored. */
export function preservationExpiresAt(row: CaseSummaryRow | CaseSummaryJsonRow): string | null {
  if (row.kind !== 'preservation' || row.preservation_instrument === null) return null;
  return preservationExpiry({
    instrument: row.preservation_instrument,
    receivedAt: isoText(row.received_at),
    extendedAt:
      row.preservation_extended_at === null ? null : isoText(row.preservation_extended_at),
  });
}

/** A case as the mutation and detail code read it. */
export interface CaseRow extends CaseSummaryRow {
  /** The policy's own due date; null only on rows written before it was kept. */
  policy_due_at: Date | null;
  order_data: Order;
  review: Review;
  imported_by: string | null;
  signed_off_by: string | null;
  /** As the signer was called when they signed off. */
  signed_off_by_name: string | null;
  signed_off_by_username: string | null;
  signed_off_at: Date | null;
  last_return_comment: string | null;
  /** Set at sign-off: the policy version and the engine's verdict the decision was taken under. */
  policy_version: string | null;
  verdict: Verdict | null;
}

export const CASE_COLUMNS = `${CASE_SUMMARY_COLUMNS},
  c.order_data, c.review, c.imported_by, c.signed_off_by,
  ${displayNameAt('signer', 'c.signed_off_at')} AS signed_off_by_name,
  signer.username AS signed_off_by_username, c.signed_off_at, c.last_return_comment,
  c.policy_version, c.verdict, c.policy_due_at`;

export const CASE_FROM = `${CASE_SUMMARY_FROM}
  LEFT JOIN users signer ON signer.id = c.signed_off_by`;
