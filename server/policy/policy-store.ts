import type { PolicyRecord, PolicyVersionSummary } from '../../shared/policy-record';
import type { Queryable } from '../storage/database';
import { displayNameAt } from '../users/names-then';
import { parsedPolicyContent, type PolicyDocuments } from './parsed-policy-cache';

interface PolicyRow {
  id: string;
  version: string;
  effective_from: string;
  created_at: Date;
  created_by_name: string | null;
  approved_by_name: string | null;
  based_on: string | null;
  current: boolean;
}

interface PolicyRowWithDigest extends PolicyRow {
  content_digest: string;
}

/** The calendar day (UTC) on which the service stands; effective dates are compared with it. */
export function serviceDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The version in force on day $1: the newest published one whose effective date has come.
 * Effective dates never go backwards along the versions (publication refuses it), so the
 * newest such row is also the one with the latest date.
 */
function inForceId(day: string): string {
  return `(SELECT max(id) FROM policy_versions WHERE effective_from <= ${day}::date)`;
}
const IN_FORCE_ID = inForceId('$1');

/** `current` says whether the version is the one in force on `day` (a placeholder). */
function summaryColumns(day: string): string {
  return `p.id::text AS id, p.version, p.effective_from::text AS effective_from,
  p.created_at, ${displayNameAt('u', 'p.created_at')} AS created_by_name,
  ${displayNameAt('a', 'p.created_at')} AS approved_by_name,
  p.based_on, p.id = ${inForceId(day)} AS current`;
}
const SUMMARY_COLUMNS = summaryColumns('$1');
const FROM = `policy_versions p LEFT JOIN users u ON u.id = p.created_by
  LEFT JOIN users a ON a.id = p.approved_by`;

function toSummary(row: PolicyRow): PolicyVersionSummary {
  return {
    version: row.version,
    effectiveFrom: row.effective_from,
    createdAt: row.created_at.toISOString(),
    createdByName: row.created_by_name,
    approvedByName: row.approved_by_name,
    basedOn: row.based_on,
    current: row.current,
  };
}

const DIGEST_COLUMN = `encode(p.content_sha256, 'hex') AS content_digest`;

/** Read with the summary: the digest names the documents, which are fetched only when new. */
const RECORD_COLUMNS = `${SUMMARY_COLUMNS}, ${DIGEST_COLUMN}`;

/**
 * The version a case is judged under, as one JSON column of the statement that reads the
 * case as `c` (one round trip for both): the version its decision was taken under, or else
 * the one in force on `day` (a placeholder). Null when there is neither.
 */
export function judgingPolicyColumn(day: string): string {
  return `(SELECT row_to_json(r) FROM (
    SELECT ${summaryColumns(day)}, ${DIGEST_COLUMN} FROM ${FROM}
     WHERE p.id = coalesce(
       (SELECT d.id FROM policy_versions d
         WHERE d.version = c.policy_version AND c.verdict IS NOT NULL),
       ${inForceId(day)})) r)`;
}

/** The record of a version read by judgingPolicyColumn. */
export function policyFromJson(
  db: Queryable,
  json: Record<string, unknown>,
): Promise<PolicyRecord> {
  const createdAt = json.created_at;
  if (typeof createdAt !== 'string') throw new Error('a policy version read as JSON has no date');
  return toRecord(db, {
    ...(json as object),
    created_at: new Date(createdAt),
  } as PolicyRowWithDigest);
}

/** A stored version's content, loaded on demand. */
async function loadDocuments(db: Queryable, row: PolicyRowWithDigest): Promise<PolicyDocuments> {
  const [stored] = await db.query<{ policy: unknown; authority_directory: unknown }>(
    'SELECT policy, authority_directory FROM policy_versions WHERE id = $1::bigint',
    [row.id],
  );
  if (!stored) throw new Error(`policy version ${row.version} vanished while it was read`);
  return { policy: stored.policy, authorityDirectory: stored.authority_directory };
}

/** The summary as of this read, and the documents as parsed once per stored content. */
async function toRecord(db: Queryable, row: PolicyRowWithDigest): Promise<PolicyRecord> {
  const parsed = await parsedPolicyContent(row.content_digest, () => loadDocuments(db, row));
  return { ...toSummary(row), ...parsed };
}

export async function listPolicyVersions(
  db: Queryable,
  now: Date,
): Promise<PolicyVersionSummary[]> {
  const rows = await db.query<PolicyRow>(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM} ORDER BY p.id`, [
    serviceDay(now),
  ]);
  return rows.map(toSummary);
}

/** The version new decisions are taken under at `now`: the one in force that day. */
export async function currentPolicy(db: Queryable, now: Date): Promise<PolicyRecord> {
  const [row] = await db.query<PolicyRowWithDigest>(
    `SELECT ${RECORD_COLUMNS} FROM ${FROM}
      WHERE p.id = ${IN_FORCE_ID}`,
    [serviceDay(now)],
  );
  if (!row) throw new Error('the database holds no policy version in force');
  return toRecord(db, row);
}

/** The newest published version, in force or still to come: the one an edit builds on. */
export async function latestPolicy(db: Queryable, now: Date): Promise<PolicyRecord> {
  const [row] = await db.query<PolicyRowWithDigest>(
    `SELECT ${RECORD_COLUMNS} FROM ${FROM}
      ORDER BY p.id DESC LIMIT 1`,
    [serviceDay(now)],
  );
  if (!row) throw new Error('the database holds no policy version');
  return toRecord(db, row);
}

export async function findPolicyVersion(
  db: Queryable,
  version: string,
  now: Date = new Date(),
): Promise<PolicyRecord | null> {
  const [row] = await db.query<PolicyRowWithDigest>(
    `SELECT ${RECORD_COLUMNS} FROM ${FROM}
      WHERE p.version = $2`,
    [serviceDay(now), version],
  );
  return row ? toRecord(db, row) : null;
}
