import type { ErrorCode } from '../../shared/errors';
import type { AuthenticatedSession } from '../auth/sessions';
import type { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireCaseWriteOrder } from '../storage/write-order';
import { appendAuditEvent } from './append-audit-event';

/**
 * Refusals worth an auditor's attention: someone tried to act as the second pair of eyes on
 * their own work, reached past their role, or acted on a decision without confirming who
 * they are. Ordinary refusals (a stale version, a bad field) are not evidence of anything.
 */
const REFUSAL_ACTIONS: Partial<Record<ErrorCode, string>> = {
  four_eyes: 'refusal.fourEyes',
  forbidden: 'refusal.forbidden',
  reauth_required: 'refusal.reauthRequired',
};

export interface RefusalContext {
  /** How the request arrived: a direct API call, or a mutation pushed from an outbox. */
  via: 'http' | 'sync';
  /** What was attempted: `METHOD /path`, or the mutation's name. */
  attempted: string;
  caseId?: string | null;
}

export function isRecordedRefusal(error: ServiceError): boolean {
  return REFUSAL_ACTIONS[error.code] !== undefined;
}

/** Appends the refusal inside the caller's transaction, which holds the write order. */
export async function appendRefusal(
  tx: Queryable,
  session: AuthenticatedSession,
  error: ServiceError,
  context: RefusalContext,
  now: Date,
): Promise<void> {
  const action = REFUSAL_ACTIONS[error.code];
  if (!action) return;
  // Only a case that exists can be named: a refusal may concern an id a client made up.
  const [known] = context.caseId
    ? await tx.query<{ id: string }>('SELECT id FROM cases WHERE id = $1', [context.caseId])
    : [];
  await appendAuditEvent(tx, {
    at: now,
    actorId: session.userId,
    actor: session.username,
    action,
    caseId: known?.id ?? null,
    details: {
      via: context.via,
      attempted: context.attempted,
      role: session.role,
      reason: error.message,
    },
  });
}

/**
 * Records a refusal after the refused request's own transaction rolled back. A failure to
 * record is logged, never turned into a different answer to the client.
 */
export async function recordRefusal(
  db: Database,
  session: AuthenticatedSession,
  error: ServiceError,
  context: RefusalContext,
  now: Date,
): Promise<void> {
  if (!isRecordedRefusal(error)) return;
  try {
    await db.transaction(async (tx) => {
      await acquireCaseWriteOrder(tx);
      await appendRefusal(tx, session, error, context, now);
    });
  } catch (failure) {
    console.error('Recording a refusal in the audit trail failed:', failure);
  }
}
