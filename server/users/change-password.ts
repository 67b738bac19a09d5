import type { PasswordChange } from '../../shared/users';
import { appendAuditEvent } from '../audit/append-audit-event';
import { recordLoginFailure, serialiseAttempts, signInDelay } from '../auth/login-throttle';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { passwordProblems, passwordRefused } from '../auth/password-policy';
import type { AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import type { Database } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { findUserById } from './user-rows';

export type PasswordChangeResult =
  | { ok: true; endedSessions: number }
  | { ok: false; code: 'wrong_password' }
  | { ok: false; code: 'rate_limited'; retryAfterMs: number };

/**
 * The signed-in user replaces their password, proving the current one. Their other sessions
 * end: whoever knew the old password is signed out. A wrong current password counts against
 * the sign-in throttle.
 */
export async function changeOwnPassword(
  db: Database,
  session: AuthenticatedSession,
  change: PasswordChange,
  client: string,
  now: Date,
): Promise<PasswordChangeResult> {
  const problems = passwordProblems(change.newPassword, session, 'newPassword');
  if (problems.length > 0) throw passwordRefused(problems);
  if (change.newPassword === change.currentPassword) {
    throw passwordRefused([
      { path: 'newPassword', message: 'the new password is the same as the current one' },
    ]);
  }
  const newHash = await hashPassword(change.newPassword);
  return db.transaction(async (tx): Promise<PasswordChangeResult> => {
    await serialiseAttempts(tx, session.username);
    const wait = await signInDelay(tx, session.username, client, now);
    if (wait > 0) return { ok: false, code: 'rate_limited', retryAfterMs: wait };
    const user = await findUserById(tx, session.userId);
    if (!user) throw new ServiceError('not_found', 'There is no such user.');
    const currentOk =
      user.password_hash !== null &&
      (await verifyPassword(user.password_hash, change.currentPassword));
    await acquireWriteOrder(tx);
    if (!currentOk) {
      await recordLoginFailure(tx, session.username, client, now);
      await appendAuditEvent(tx, {
        at: now,
        actorId: session.userId,
        actor: session.username,
        action: 'user.passwordChangeFailed',
        caseId: null,
        details: { client, sessionId: session.sessionId },
      });
      return { ok: false, code: 'wrong_password' };
    }
    await tx.query('UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1', [
      user.id,
      newHash,
      now,
    ]);
    const others = await tx.query<{ id: string }>(
      `UPDATE sessions SET ended_at = $3, ended_reason = 'password_changed'
        WHERE user_id = $1 AND id <> $2 AND ended_at IS NULL RETURNING id`,
      [user.id, session.sessionId, now],
    );
    await appendAuditEvent(tx, {
      at: now,
      actorId: session.userId,
      actor: session.username,
      action: 'user.passwordChanged',
      caseId: null,
      details: { client, sessionId: session.sessionId, endedSessions: others.length },
    });
    return { ok: true, endedSessions: others.length };
  });
}
