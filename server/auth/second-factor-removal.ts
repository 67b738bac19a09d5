import { secondFactorRequired } from '../../shared/second-factor';
import { appendAuditEvent } from '../audit/append-audit-event';
import { ServiceError } from '../service-error';
import type { Database } from '../storage/database';
import { withOwnFactorProof, type OwnFactorResult } from './own-factor-proof';
import { deleteSecondFactor } from './second-factor';
import type { SecretBox } from './second-factor-key';
import type { AuthenticatedSession } from './sessions';

export type RemovalResult = OwnFactorResult<null>;

/** Why a supervisor or administrator cannot remove their own second factor. */
export const FACTOR_REQUIRED_REASON =
  'Your role needs a second factor. An administrator can reset your password and factor if you lost your device.';

/**
 * A reviewer or auditor removes their own second factor with their password and a code.
 * Supervisors and administrators keep theirs: only a password reset replaces it.
 */
export function removeOwnSecondFactor(
  db: Database,
  box: SecretBox,
  session: AuthenticatedSession,
  proof: { password: string; code: string },
  client: string,
  now: Date,
): Promise<RemovalResult> {
  if (secondFactorRequired(session.role)) {
    throw new ServiceError('forbidden', FACTOR_REQUIRED_REASON);
  }
  const context = { client, during: 'removal' as const };
  return withOwnFactorProof(db, box, session, proof, context, now, async (tx, via) => {
    await deleteSecondFactor(tx, session.userId);
    await appendAuditEvent(tx, {
      at: now,
      actorId: session.userId,
      actor: session.username,
      action: 'secondFactor.removed',
      caseId: null,
      details: { client, via },
    });
    return null;
  });
}
