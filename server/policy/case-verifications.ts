import { randomUUID } from 'node:crypto';
import type { Order } from '../../shared/order';
import {
  findDirectoryAuthority,
  type AuthorityDirectory,
} from '../../shared/policy/authority-directory';
import { callBackContactProblem, type CallBackSource } from '../../shared/policy/numbers-of-record';
import type { CaseVerification, VerificationInput } from '../../shared/verification';
import { partStatement, type CasePartQuery } from '../cases/case-part-query';
import { ServiceError } from '../service-error';
import type { Queryable } from '../storage/database';
import { displayNameAt } from '../users/names-then';

export interface VerificationRow {
  id: string;
  called_by: string;
  contact_name: string;
  channel: 'phone' | 'email';
  contact_used: string;
  source: CallBackSource;
  source_reference: string;
  verified_at: Date;
  outcome: 'confirmed' | 'denied';
  note: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

/** The call-backs recorded for a case, in the order they were recorded. */
export const CASE_VERIFICATIONS: CasePartQuery = {
  columns: `v.id, v.called_by, v.contact_name, v.channel, v.contact_used, v.source,
            v.source_reference, v.verified_at,
            v.outcome, v.note, v.recorded_by,
            ${displayNameAt('u', 'v.recorded_at')} AS recorded_by_name, v.recorded_at`,
  from: 'verifications v JOIN users u ON u.id = v.recorded_by',
  caseColumn: 'v.case_id',
  orderBy: 'v.recorded_at, v.id',
  dateColumns: ['verified_at', 'recorded_at'],
};

/**
 * The call-backs recorded for a case. One recorded by the case's current reviewer is shown
 * but does not count: the point of the rule is that a second person checked.
 */
export async function caseVerifications(
  tx: Queryable,
  caseId: string,
  /** Whoever reviews or signed off the case: their own call-backs do not count. */
  reviewers: readonly (string | null)[],
): Promise<CaseVerification[]> {
  const rows = await tx.query<VerificationRow>(partStatement(CASE_VERIFICATIONS), [caseId]);
  return toCaseVerifications(rows, reviewers);
}

export function toCaseVerifications(
  rows: readonly VerificationRow[],
  reviewers: readonly (string | null)[],
): CaseVerification[] {
  return rows.map((r) => ({
    id: r.id,
    calledBy: r.called_by,
    contactName: r.contact_name,
    channel: r.channel,
    contactUsed: r.contact_used,
    source: r.source,
    sourceReference: r.source_reference,
    verifiedAt: r.verified_at.toISOString(),
    outcome: r.outcome,
    note: r.note,
    recordedById: r.recorded_by,
    recordedByName: r.recorded_by_name,
    recordedAt: r.recorded_at.toISOString(),
    secondPerson: !reviewers.includes(r.recorded_by),
  }));
}

export async function insertVerification(
  tx: Queryable,
  caseId: string,
  recordedBy: string,
  input: VerificationInput,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO verifications (id, case_id, called_by, contact_name, channel, contact_used,
                                source, source_reference, verified_at, outcome, note,
                                recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      id,
      caseId,
      input.calledBy,
      input.contactName,
      input.channel,
      input.contactUsed,
      input.source,
      input.sourceReference,
      input.verifiedAt,
      input.outcome,
      input.note,
      recordedBy,
      now,
    ],
  );
  return id;
}

/**
 * Refuses a call-back that did not go to a number of record: the directory's, or one found
 * independently of the order with its source named. Recording it would let a forger's own
 * number vouch for the forgery.
 */
export function refuseCallBackOffRecord(
  order: Order,
  directory: AuthorityDirectory,
  input: VerificationInput,
): void {
  const entry = findDirectoryAuthority(directory, order.authority);
  const problem = callBackContactProblem(order, entry, input);
  if (problem) {
    throw new ServiceError('validation', problem.message, [
      { path: `args.verification.${problem.field}`, message: problem.message },
    ]);
  }
}
