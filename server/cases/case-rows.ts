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

export const CASE_SUMMARY_COLUMNS = `
  c.id, c.reference, c.status, c.authority_name, c.country, c.received_at, c.due_at,
  c.emergency, c.target_count, c.assignee_id, assignee.display_name AS assignee_name, c.outcome, c.version,
  c.updated_at, c.change_seq::text AS change_seq,
  jsonb_build_object('caseNumber', c.order_data->'caseNumber', 'targets', c.order_data->'targets',
    'offences', c.order_data->'offences') AS order_terms,
  c.review->'checks' AS review_checks, c.verdict->'checks' AS verdict_checks,
  ARRAY(SELECT DISTINCT p FROM unnest(ARRAY[c.imported_by, c.assignee_id, c.signed_off_by]
          || ARRAY(SELECT v.recorded_by FROM verifications v WHERE v.case_id = c.id)) AS p
         WHERE p IS NOT NULL)::text[] AS participant_ids,
  c.kind,
  c.order_data->'preservation'->>'instrument' AS preservation_instrument,
  c.preservation_extended_at, c.linked_case_id`;

export const CASE_SUMMARY_FROM = 'cases c LEFT JOIN users assignee ON assignee.id = c.assignee_id';

export function toCaseSummary(row: CaseSummaryRow): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    authorityName: row.authority_name,
    country: row.country,
    receivedAt: row.received_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    emergency: row.emergency,
    targetCount: row.target_count,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    outcome: row.outcome,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    searchTerms: caseSearchTerms(row.reference, row.authority_name, row.order_terms),
    overrideCount: overrideCount(row.review_checks, row.verdict_checks),
    participantIds: row.participant_ids ?? [],
    kind: row.kind,
    preservationExpiresAt: preservationExpiresAt(row),
  };
}

/** Computed from the order's receipt, its instrument and the extension, never stored. */
export function preservationExpiresAt(row: CaseSummaryRow): string | null {
  if (row.kind !== 'preservation' || row.preservation_instrument === null) return null;
  return preservationExpiry({
    instrument: row.preservation_instrument,
    receivedAt: row.received_at.toISOString(),
    extendedAt: row.preservation_extended_at?.toISOString() ?? null,
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
  signed_off_by_name: string | null;
  signed_off_at: Date | null;
  last_return_comment: string | null;
  /** Set at sign-off: the policy version and the engine's verdict the decision was taken under. */
  policy_version: string | null;
  verdict: Verdict | null;
}

export const CASE_COLUMNS = `${CASE_SUMMARY_COLUMNS},
  c.order_data, c.review, c.imported_by, c.signed_off_by,
  signer.display_name AS signed_off_by_name, c.signed_off_at, c.last_return_comment,
  c.policy_version, c.verdict, c.policy_due_at`;

export const CASE_FROM = `${CASE_SUMMARY_FROM}
  LEFT JOIN users signer ON signer.id = c.signed_off_by`;
