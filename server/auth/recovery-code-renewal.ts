import { appendAuditEvent } from '../audit/append-audit-event';
import { ServiceError } from '../service-error';
import type { Database } from '../storage/database';
import { withOwnFactorProof, type OwnFactorResult } from './own-factor-proof';
import { issueRecoveryCodes } from './recovery-codes';
import { hasSecondFactor } from './second-factor';
import type { SecretBox } from './second-factor-key';
import type { AuthenticatedSession } from './sessions';

export type RenewalResult = OwnFactorResult<string[]>;

/**
 * A fresh set of recovery codes for the signed-in user, with their password and a code from
 * their authenticator app. The old codes, used or not, stop working in the same transaction.
 * A recovery code is not accepted here: otherwise whoever found one code and the password
 * could replace the owner's codes with their own.
 */
export async function renewRecoveryCodes(
  db: Database,
  box: SecretBox,
  session: AuthenticatedSession,
  proof: { password: string; code: string },
  client: string,
  now: Date,
): Promise<RenewalResult> {
  if (!/^[0-9]{6}$/.test(proof.code)) {
    throw new ServiceError(
      'validation',
      'Enter the 6-digit code from your authenticator app; a recovery code cannot replace the recovery codes.',
      [{ path: 'code', message: 'enter the 6-digit code from your authenticator app' }],
    );
  }
  if (!(await hasSecondFactor(db, session.userId))) {
    throw new ServiceError(
      'invalid_transition',
      'Your account has no second factor, so it has no recovery codes. Set one up first.',
    );
  }
  const context = { client, during: 'recovery_codes' as const };
  return withOwnFactorProof(db, box, session, proof, context, now, async (tx) => {
    const codes = await issueRecoveryCodes(tx, session.userId, now);
    await appendAuditEvent(tx, {
      at: now,
      actorId: session.userId,
      actor: session.username,
      action: 'secondFactor.recoveryCodesRenewed',
      caseId: null,
      details: { client, sessionId: session.sessionId, recoveryCodes: codes.length },
    });
    return codes;
  });
}
