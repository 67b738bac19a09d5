import { createHash } from 'node:crypto';
import type { Queryable } from '../storage/database';
import { canonicalJson, type JsonValue } from './canonical-json';

/**
 * Disclosure records and call-back records are evidence kept in tables of their own. The
 * event that wrote one carries `record: {table, key, sha256}`, a digest of the row as stored,
 * so the row joins the hash chain: changing, removing or adding a row outside the service no
 * longer matches the chain.
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
