import { secondFactorRequired } from '../../shared/second-factor';
import { appendAuditEvent } from '../audit/append-audit-event';
import { ServiceError } from '../service-error';
import type { Database } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { findUserById } from '../users/user-rows';
import { recordLoginFailure, serialiseAttempts, signInDelay } from './login-throttle';
import { verifyPassword } from './passwords';
import { checkSecondFactor, deleteSecondFactor, recordRefusedCode } from './second-factor';
import type { SecretBox } from './second-factor-key';
import type { AuthenticatedSession } from './sessions';

export type RemovalResult =
  | { ok: true }
  | { ok: false; code: 'wrong_password' | 'wrong_code' }
  | { ok: false; code: 'rate_limited'; retryAfterMs: number };

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
    throw new ServiceError(
      'forbidden',
      'Your role needs a second factor. An administrator can reset your password and factor if you lost your device.',
    );
  }
  return db.transaction(async (tx): Promise<RemovalResult> => {
    await serialiseAttempts(tx, session.username);
    const wait = await signInDelay(tx, session.username, client, now);
    if (wait > 0) return { ok: false, code: 'rate_limited', retryAfterMs: wait };
    const user = await findUserById(tx, session.userId);
    const passwordOk =
      user !== null &&
      user.password_hash !== null &&
      (await verifyPassword(user.password_hash, proof.password));
    await acquireWriteOrder(tx);
    if (!passwordOk) {
      await recordLoginFailure(tx, session.username, client, now);
      return { ok: false, code: 'wrong_password' };
    }
    const who = { id: session.userId, username: session.username };
    const check = await checkSecondFactor(tx, box, who, proof.code, now);
    if (!check.ok) {
      await recordRefusedCode(tx, session, check.reason, { client, during: 'removal' }, now);
      return { ok: false, code: 'wrong_code' };
    }
    await deleteSecondFactor(tx, session.userId);
    await appendAuditEvent(tx, {
      at: now,
      actorId: session.userId,
      actor: session.username,
      action: 'secondFactor.removed',
      caseId: null,
      details: { client, via: check.via },
    });
    return { ok: true };
  });
}
