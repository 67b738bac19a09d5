import { createHash } from 'node:crypto';
import type { Period } from '../../shared/transparency/quarters';
import type { TalliedRow } from '../../shared/transparency/tally';
import { tallySha256 } from '../reports/transparency-report';
import type { Queryable } from '../storage/database';
import { canonicalJson, type JsonValue } from './canonical-json';

/**
 * Disclosure records and call-back records are evidence kept in tables of their own. The
 * event that wrote one carries `record: {table, key, sha256}`, a digest of the row as stored,
 * so the row joins the hash chain: changing, removing or adding a row outside the service no
 * longer matches the chain. The records of closed quarters are tied to their events too, by
 * what those events have always recorded: see `verifyQuarterRecords`.
 */
export type EvidenceTable = 'disclosure_records' | 'verifications';

export interface EvidenceReference {
  [key: string]: JsonValue;
  table: EvidenceTable;
  /** The case id for a disclosure record, the record id for a call-back. */
  key: string;
  sha256: string;
}

export interface DisclosureRecordContent {
  caseId: string;
  approvedBy: string;
  approvedAt: Date;
  outcome: string;
  comment: string | null;
  items: JsonValue;
}

function digest(content: { [key: string]: JsonValue }): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export function disclosureRecordReference(record: DisclosureRecordContent): EvidenceReference {
  return {
    table: 'disclosure_records',
    key: record.caseId,
    sha256: digest({ ...record, approvedAt: record.approvedAt.toISOString() }),
  };
}

interface DisclosureRow {
  case_id: string;
  approved_by: string;
  approved_at: Date;
  outcome: string;
  comment: string | null;
  items: JsonValue;
}

interface VerificationRow {
  id: string;
  case_id: string;
  called_by: string;
  contact_name: string;
  channel: string;
  contact_used: string;
  verified_at: Date;
  outcome: string;
  note: string;
  recorded_by: string;
  recorded_at: Date;
}

function disclosureReference(row: DisclosureRow): EvidenceReference {
  return disclosureRecordReference({
    caseId: row.case_id,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    outcome: row.outcome,
    comment: row.comment,
    items: row.items,
  });
}

function verificationReference(row: VerificationRow): EvidenceReference {
  return {
    table: 'verifications',
    key: row.id,
    sha256: digest({
      id: row.id,
      caseId: row.case_id,
      calledBy: row.called_by,
      contactName: row.contact_name,
      channel: row.channel,
      contactUsed: row.contact_used,
      verifiedAt: row.verified_at.toISOString(),
      outcome: row.outcome,
      note: row.note,
      recordedBy: row.recorded_by,
      recordedAt: row.recorded_at.toISOString(),
    }),
  };
}

const DISCLOSURE_COLUMNS = 'case_id, approved_by, approved_at, outcome, comment, items';
const VERIFICATION_COLUMNS = `id, case_id, called_by, contact_name, channel, contact_used,
  verified_at, outcome, note, recorded_by, recorded_at`;

/** The reference for a row just written, read back so it hashes exactly as stored. */
export async function evidenceReference(
  tx: Queryable,
  table: EvidenceTable,
  key: string,
): Promise<EvidenceReference> {
  if (table === 'disclosure_records') {
    const [row] = await tx.query<DisclosureRow>(
      `SELECT ${DISCLOSURE_COLUMNS} FROM disclosure_records WHERE case_id = $1`,
      [key],
    );
    if (!row) throw new Error('the disclosure record just written is missing');
    return disclosureReference(row);
  }
  const [row] = await tx.query<VerificationRow>(
    `SELECT ${VERIFICATION_COLUMNS} FROM verifications WHERE id = $1`,
    [key],
  );
  if (!row) throw new Error('the call-back record just written is missing');
  return verificationReference(row);
}

const LABEL: Record<EvidenceTable, string> = {
  disclosure_records: 'The disclosure record of case',
  verifications: 'The call-back record',
};

export type EvidenceVerdict =
  { ok: true; records: number } | { ok: false; eventId: string | null; problem: string };

/**
 * Every evidence row matches the digest its event recorded, and every row has such an event.
 * Run after the chain itself verified, so the digests it reads are genuine.
 */
export async function verifyEvidenceRecords(tx: Queryable): Promise<EvidenceVerdict> {
  const records = await verifyCaseRecords(tx);
  if (!records.ok) return records;
  const quarters = await verifyQuarterRecords(tx);
  if (!quarters.ok) return quarters;
  return { ok: true, records: records.records + quarters.records };
}

async function verifyCaseRecords(tx: Queryable): Promise<EvidenceVerdict> {
  const claims = await tx.query<{ id: string; record: EvidenceReference }>(
    `SELECT id::text AS id, details -> 'record' AS record FROM audit_events
      WHERE details ? 'record' ORDER BY audit_events.id`,
  );
  const stored = new Map<string, EvidenceReference>();
  for (const row of await tx.query<DisclosureRow>(
    `SELECT ${DISCLOSURE_COLUMNS} FROM disclosure_records`,
  )) {
    const reference = disclosureReference(row);
    stored.set(`${reference.table}:${reference.key}`, reference);
  }
  for (const row of await tx.query<VerificationRow>(
    `SELECT ${VERIFICATION_COLUMNS} FROM verifications`,
  )) {
    const reference = verificationReference(row);
    stored.set(`${reference.table}:${reference.key}`, reference);
  }
  const records = stored.size;
  for (const claim of claims) {
    const { table, key, sha256 } = claim.record;
    const actual = stored.get(`${table}:${key}`);
    const what = `${LABEL[table] ?? table} ${key}`;
    if (!actual) {
      return {
        ok: false,
        eventId: claim.id,
        problem: `${what}, written with event ${claim.id}, is missing.`,
      };
    }
    if (actual.sha256 !== sha256) {
      return {
        ok: false,
        eventId: claim.id,
        problem: `${what} was altered after event ${claim.id} recorded it.`,
      };
    }
    stored.delete(`${table}:${key}`);
  }
  const [orphan] = stored.values();
  if (orphan) {
    return {
      ok: false,
      eventId: null,
      problem: `${LABEL[orphan.table]} ${orphan.key} has no audit event: it was added outside the case service.`,
    };
  }
  return { ok: true, records };
}

interface QuarterRow {
  period: Period;
  seq: number;
  kind: 'freeze' | 'amendment';
  recorded_at: Date;
  recorded_by: string;
  reason: string | null;
  tally: TalliedRow[];
  sha256: string;
}

interface QuarterEvent {
  id: string;
  action: 'report.closeQuarter' | 'report.amendQuarter';
  at: Date;
  actor_id: string | null;
  details: {
    period: Period;
    sha256: string;
    fulfilledRequests: number;
    affectedUsers: number;
    reason?: string;
  };
}

function quarterLabel(period: string, seq: number): string {
  return seq === 1
    ? `The closed report of ${period}`
    : `Amendment ${seq - 1} of the report of ${period}`;
}

function total(tally: readonly TalliedRow[], measure: 'fulfilledRequests' | 'affectedUsers') {
  return tally.reduce((n, t) => n + t.row[measure], 0);
}

/**
 * Every record of a closed quarter was written with the event closing or amending it, and
 * the events of a quarter number its records: the close is record 1, each amendment the next.
 * A record matches its event in everything the event says, and its figures still give the
 * SHA-256 the event recorded; a record without an event, or an event without its record, is
 * a rewrite of published figures.
 */
async function verifyQuarterRecords(tx: Queryable): Promise<EvidenceVerdict> {
  const events = await tx.query<QuarterEvent>(
    `SELECT id::text AS id, action, at, actor_id, details FROM audit_events
      WHERE action IN ('report.closeQuarter', 'report.amendQuarter') ORDER BY audit_events.id`,
  );
  const stored = new Map<string, QuarterRow>();
  for (const row of await tx.query<QuarterRow>(
    `SELECT period, seq, kind, recorded_at, recorded_by, reason, tally, sha256
       FROM transparency_quarters`,
  )) {
    stored.set(`${row.period}:${row.seq}`, row);
  }
  const records = stored.size;
  const written = new Map<string, number>();
  for (const event of events) {
    const { period } = event.details;
    const seq = (written.get(period) ?? 0) + 1;
    written.set(period, seq);
    const row = stored.get(`${period}:${seq}`);
    const what = quarterLabel(period, seq);
    if (!row) {
      return {
        ok: false,
        eventId: event.id,
        problem: `${what}, written with event ${event.id}, is missing.`,
      };
    }
    if (tallySha256(period, row.tally) !== row.sha256) {
      return {
        ok: false,
        eventId: event.id,
        problem: `${what} no longer gives the SHA-256 it was frozen with: its figures were altered after event ${event.id} recorded it.`,
      };
    }
    const matches =
      row.kind === (event.action === 'report.closeQuarter' ? 'freeze' : 'amendment') &&
      row.sha256 === event.details.sha256 &&
      row.recorded_at.getTime() === event.at.getTime() &&
      row.recorded_by === event.actor_id &&
      row.reason === (event.details.reason ?? null) &&
      total(row.tally, 'fulfilledRequests') === event.details.fulfilledRequests &&
      total(row.tally, 'affectedUsers') === event.details.affectedUsers;
    if (!matches) {
      return {
        ok: false,
        eventId: event.id,
        problem: `${what} was altered after event ${event.id} recorded it.`,
      };
    }
    stored.delete(`${period}:${seq}`);
  }
  const [orphan] = stored.values();
  if (orphan) {
    return {
      ok: false,
      eventId: null,
      problem: `${quarterLabel(orphan.period, orphan.seq)} has no audit event: it was added outside the case service.`,
    };
  }
  return { ok: true, records };
}
