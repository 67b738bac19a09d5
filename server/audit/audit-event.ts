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
