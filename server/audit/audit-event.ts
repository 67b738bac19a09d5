import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from './canonical-json';

/** The link before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** An audit event as it is hashed: every column except the hashes themselves. */
export interface AuditEventContent {
  /** The bigserial id, as decimal text. */
  id: string;
  /** ISO 8601 with milliseconds, as the database round-trips it. */
  at: string;
  actorId: string | null;
  /** A username, or the name a failed login was attempted with. */
  actor: string;
  action: string;
  caseId: string | null;
  details: { [key: string]: JsonValue };
}

export function auditEventHash(prevHash: string, event: AuditEventContent): string {
  const content: JsonValue = { ...event };
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(content))
    .digest('hex');
}

/** An audit_events row as queried with STORED_EVENT_COLUMNS. */
export interface StoredAuditEvent {
  id: string;
  at: Date;
  actor_id: string | null;
  actor: string;
  action: string;
  case_id: string | null;
  details: { [key: string]: JsonValue };
  /** Null until the sealer links the event into the chain. */
  prev_hash: string | null;
  hash: string | null;
}

export const STORED_EVENT_COLUMNS =
  'id::text AS id, at, actor_id, actor, action, case_id, details, prev_hash, hash';

/** The hash a stored row should carry, given the hash of the event before it. */
export function storedEventHash(prevHash: string, row: StoredAuditEvent): string {
  return auditEventHash(prevHash, {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actor: row.actor,
    action: row.action,
    caseId: row.case_id,
    details: row.details,
  });
}
