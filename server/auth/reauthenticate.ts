import { appendAuditEvent } from '../audit/append-audit-event';
import type { Database } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { findUserById } from '../users/user-rows';
import { recordLoginFailure, serialiseAttempts, signInDelay } from './login-throttle';
import { verifyPassword } from './passwords';
import {
  checkSecondFactor,
  hasSecondFactor,
  recordRecoveryCodeUse,
  recordRefusedCode,
} from './second-factor';
import type { SecretBox } from './second-factor-key';
import { markReauthenticated, type AuthenticatedSession } from './sessions';

export type ReauthResult =
  | { ok: true }
  | { ok: false; code: 'wrong_password' }
  | { ok: false; code: 'code_required' | 'wrong_code' }
  | { ok: false; code: 'rate_limited'; retryAfterMs: number };

/**
 * Confirms the password of the signed-in user before a sign-off or approval, and the second
 * factor's code when the account has one. Wrong passwords and codes count against the same
 * throttle as logins, so a session left open is no guessing oracle.
 */
export function reauthenticate(
  db: Database,
  box: SecretBox,
  session: AuthenticatedSession,
  proof: { password: string; code?: string | undefined },
  client: string,
  now: Date,
): Promise<ReauthResult> {
  const { password } = proof;
  return db.transaction(async (tx): Promise<ReauthResult> => {
    await serialiseAttempts(tx, session.username);
    const wait = await signInDelay(tx, session.username, client, now);
    const user = wait > 0 ? null : await findUserById(tx, session.userId);
    const passwordOk =
      user !== null &&
      user.password_hash !== null &&
      (await verifyPassword(user.password_hash, password));
    await acquireWriteOrder(tx);
    const audit = (action: string) =>
      appendAuditEvent(tx, {
        at: now,
        actorId: session.userId,
        actor: session.username,
        action,
        caseId: null,
        details: { client, sessionId: session.sessionId },
      });
    if (wait > 0) {
      await audit('session.reauthThrottled');
      return { ok: false, code: 'rate_limited', retryAfterMs: wait };
    }
    if (!passwordOk) {
      await recordLoginFailure(tx, session.username, client, now);
      await audit('session.reauthFailed');
      return { ok: false, code: 'wrong_password' };
    }
    if (await hasSecondFactor(tx, session.userId)) {
      if (!proof.code) {
        await audit('session.reauthFailed');
        return { ok: false, code: 'code_required' };
      }
      const check = await checkSecondFactor(
        tx,
        box,
        { id: session.userId, username: session.username },
        proof.code,
        now,
      );
      if (!check.ok) {
        await recordRefusedCode(
          tx,
          session,
          check.reason,
          { client, during: 'reauthentication' },
          now,
        );
        return { ok: false, code: 'wrong_code' };
      }
      if (check.via === 'recovery_code') {
        await recordRecoveryCodeUse(tx, session, check.remaining, client, now);
      }
    }
    await markReauthenticated(tx, session.sessionId, now);
    await audit('session.reauth');
    return { ok: true };
  });
}
