import type { Queryable, Database } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { findUserById } from '../users/user-rows';
import { recordLoginFailure, serialiseAttempts, signInDelay } from './login-throttle';
import { verifyPassword } from './passwords';
import { checkSecondFactor, recordRefusedCode, type CodeCheck } from './second-factor';
import type { SecretBox } from './second-factor-key';
import type { AuthenticatedSession } from './sessions';

export type OwnFactorResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'wrong_password' | 'wrong_code' }
  | { ok: false; code: 'rate_limited'; retryAfterMs: number };

/**
 * Changes to one's own second factor take the password and a code from it, checked in the
 * transaction that makes the change. Wrong passwords and codes count against the sign-in
 * throttle, so a session left open is no guessing oracle.
 */
export function withOwnFactorProof<T>(
  db: Database,
  box: SecretBox,
  session: AuthenticatedSession,
  proof: { password: string; code: string },
  context: { client: string; during: 'removal' | 'recovery_codes' },
  now: Date,
  change: (tx: Queryable, via: (CodeCheck & { ok: true })['via']) => Promise<T>,
): Promise<OwnFactorResult<T>> {
  return db.transaction(async (tx): Promise<OwnFactorResult<T>> => {
    await serialiseAttempts(tx, session.username);
    const wait = await signInDelay(tx, session.username, context.client, now);
    if (wait > 0) return { ok: false, code: 'rate_limited', retryAfterMs: wait };
    const user = await findUserById(tx, session.userId);
    const passwordOk =
      user !== null &&
      user.password_hash !== null &&
      (await verifyPassword(user.password_hash, proof.password));
    await acquireWriteOrder(tx);
    if (!passwordOk) {
      await recordLoginFailure(tx, session.username, context.client, now);
      return { ok: false, code: 'wrong_password' };
    }
    const who = { id: session.userId, username: session.username };
    const check = await checkSecondFactor(tx, box, who, proof.code, now);
    if (!check.ok) {
      await recordRefusedCode(tx, session, check.reason, context, now);
      return { ok: false, code: 'wrong_code' };
    }
    return { ok: true, value: await change(tx, check.via) };
  });
}
