import { appendAuditEvent } from '../audit/append-audit-event';
import type { Database } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { findUserByUsername } from '../users/user-rows';
import { recordLoginFailure, serialiseAttempts, signInDelay } from './login-throttle';
import { verifyDecoyPassword, verifyPassword } from './passwords';
import {
  checkSecondFactor,
  hasSecondFactor,
  recordRecoveryCodeUse,
  recordRefusedCode,
} from './second-factor';
import type { SecretBox } from './second-factor-key';
import { endSessionNamedBy, openSession, type AuthenticatedSession } from './sessions';

export interface LoginAttempt {
  username: string;
  password: string;
  /** Where the attempt came from, for the per-address throttle. */
  client: string;
  /** The session cookie the request carried, if any: signing in ends that session. */
  replacing?: string | undefined;
  /** The authenticator's code or a recovery code, for an account with a second factor. */
  code?: string | undefined;
}

export type LoginResult =
  | { ok: true; token: string; session: AuthenticatedSession }
  | { ok: false; code: 'unauthenticated' }
  | { ok: false; code: 'second_factor_required' }
  | { ok: false; code: 'wrong_code' }
  | { ok: false; code: 'rate_limited'; retryAfterMs: number };

/**
 * Checks a password and opens a session. Failures are committed (counted and audited) rather
 * than rolled back: the caller turns them into an error response after this returns.
 */
export function logIn(
  db: Database,
  box: SecretBox,
  attempt: LoginAttempt,
  now: Date,
): Promise<LoginResult> {
  const { username, client } = attempt;
  return db.transaction(async (tx): Promise<LoginResult> => {
    await serialiseAttempts(tx, username);
    const wait = await signInDelay(tx, username, client, now);
    if (wait > 0) {
      await acquireWriteOrder(tx);
      await appendAuditEvent(tx, {
        at: now,
        actorId: null,
        actor: username,
        action: 'session.loginThrottled',
        caseId: null,
        details: { client, waitMs: wait },
      });
      return { ok: false, code: 'rate_limited', retryAfterMs: wait };
    }
    const user = await findUserByUsername(tx, username);
    const passwordOk =
      user && user.active && user.password_hash !== null
        ? await verifyPassword(user.password_hash, attempt.password)
        : await verifyDecoyPassword(attempt.password);
    await acquireWriteOrder(tx);
    if (!user || !passwordOk) {
      await recordLoginFailure(tx, username, client, now);
      await appendAuditEvent(tx, {
        at: now,
        actorId: user?.id ?? null,
        actor: username,
        action: 'session.loginFailed',
        caseId: null,
        details: {
          client,
          reason: !user
            ? 'unknown_user'
            : !user.active
              ? 'inactive_user'
              : user.password_hash === null
                ? 'not_enrolled'
                : 'wrong_password',
        },
      });
      return { ok: false, code: 'unauthenticated' };
    }
    const secondFactor = await hasSecondFactor(tx, user.id);
    if (secondFactor) {
      // The password was right: the code is asked for next, and nothing is counted yet.
      if (!attempt.code) return { ok: false, code: 'second_factor_required' };
      const who = { userId: user.id, username: user.username };
      const check = await checkSecondFactor(tx, box, user, attempt.code, now);
      if (!check.ok) {
        await recordRefusedCode(tx, who, check.reason, { client, during: 'sign_in' }, now);
        return { ok: false, code: 'wrong_code' };
      }
      if (check.via === 'recovery_code') {
        await recordRecoveryCodeUse(tx, who, check.remaining, client, now);
      }
    }
    const replaced = attempt.replacing
      ? await endSessionNamedBy(tx, attempt.replacing, now, 'signed_in_again')
      : null;
    const opened = await openSession(tx, user, now, client, secondFactor);
    await appendAuditEvent(tx, {
      at: now,
      actorId: user.id,
      actor: user.username,
      action: 'session.login',
      caseId: null,
      details: {
        client,
        sessionId: opened.session.sessionId,
        ...(replaced ? { endedSessionId: replaced } : {}),
      },
    });
    return { ok: true, ...opened };
  });
}
