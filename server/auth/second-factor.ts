import { Secret, TOTP } from 'otpauth';
import { toString as qrCodeString } from 'qrcode';
import type { SecondFactorSetup } from '../../shared/second-factor';
import { appendAuditEvent } from '../audit/append-audit-event';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { recordLoginFailure, serialiseAttempts, signInDelay } from './login-throttle';
import { deleteRecoveryCodes, issueRecoveryCodes, spendRecoveryCode } from './recovery-codes';
import type { SecretBox } from './second-factor-key';
import type { AuthenticatedSession } from './sessions';

const ISSUER = 'Disclosure Desk';
const PERIOD_SECONDS = 30;
/** One step either side of the service's clock: a phone a little fast or slow still works. */
const WINDOW_STEPS = 1;

function totpFor(secret: string, username: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

interface FactorRow {
  secret_sealed: string;
  confirmed_at: Date | null;
  last_step: string | number;
}

async function factorRow(q: Queryable, userId: string): Promise<FactorRow | null> {
  const [row] = await q.query<FactorRow>(
    'SELECT secret_sealed, confirmed_at, last_step FROM second_factors WHERE user_id = $1',
    [userId],
  );
  return row ?? null;
}

/** Whether the user has a confirmed second factor. */
export async function hasSecondFactor(q: Queryable, userId: string): Promise<boolean> {
  const row = await factorRow(q, userId);
  return row !== null && row.confirmed_at !== null;
}

export type CodeCheck =
  | { ok: true; via: 'authenticator' }
  | { ok: true; via: 'recovery_code'; remaining: number }
  | { ok: false; reason: 'wrong_code' | 'replayed_code' };

/**
 * Checks a code against the user's confirmed factor: an authenticator code for a time step
 * later than the last one accepted (a code seen once is never accepted again), or an unused
 * recovery code, which is spent. Call inside the transaction that acts on the outcome.
 */
export async function checkSecondFactor(
  tx: Queryable,
  box: SecretBox,
  user: { id: string; username: string },
  code: string,
  now: Date,
): Promise<CodeCheck> {
  const row = await factorRow(tx, user.id);
  if (!row?.confirmed_at) return { ok: false, reason: 'wrong_code' };
  if (!/^[0-9]{6}$/.test(code)) {
    const remaining = await spendRecoveryCode(tx, user.id, code, now);
    return remaining === null
      ? { ok: false, reason: 'wrong_code' }
      : { ok: true, via: 'recovery_code', remaining };
  }
  const step = acceptedStep(box.open(row.secret_sealed), user.username, code, now);
  if (step === null) return { ok: false, reason: 'wrong_code' };
  const advanced = await tx.query<{ user_id: string }>(
    `UPDATE second_factors SET last_step = $2
      WHERE user_id = $1 AND last_step < $2 RETURNING user_id`,
    [user.id, step],
  );
  return advanced.length > 0
    ? { ok: true, via: 'authenticator' }
    : { ok: false, reason: 'replayed_code' };
}

/** The time step an authenticator code belongs to, within the window; null when it fits none. */
function acceptedStep(secret: string, username: string, code: string, now: Date): number | null {
  const totp = totpFor(secret, username);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: WINDOW_STEPS });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}

/** Records a refused code: counted against the sign-in throttle like a wrong password. */
export async function recordRefusedCode(
  tx: Queryable,
  session: { userId: string; username: string },
  reason: 'wrong_code' | 'replayed_code',
  context: {
    client: string;
    during: 'sign_in' | 'reauthentication' | 'setup' | 'removal' | 'recovery_codes';
  },
  now: Date,
): Promise<void> {
  await recordLoginFailure(tx, session.username, context.client, now);
  await appendAuditEvent(tx, {
    at: now,
    actorId: session.userId,
    actor: session.username,
    action: 'secondFactor.refused',
    caseId: null,
    details: { reason, during: context.during, client: context.client },
  });
}

/** Records the use of a recovery code, which the account's holder should know about. */
export async function recordRecoveryCodeUse(
  tx: Queryable,
  session: { userId: string; username: string },
  remaining: number,
  client: string,
  now: Date,
): Promise<void> {
  await appendAuditEvent(tx, {
    at: now,
    actorId: session.userId,
    actor: session.username,
    action: 'secondFactor.recoveryCodeUsed',
    caseId: null,
    details: { remaining, client },
  });
}

/**
 * A new secret for the signed-in user, replacing one not yet confirmed. It counts only once
 * a first code from it is confirmed; a confirmed factor is removed before another is set up.
 */
export function startSecondFactor(
  db: Database,
  box: SecretBox,
  session: AuthenticatedSession,
  now: Date,
): Promise<SecondFactorSetup> {
  return db.transaction(async (tx) => {
    if (await hasSecondFactor(tx, session.userId)) {
      throw new ServiceError(
        'invalid_transition',
        'Your account already has a second factor. Remove it first to set up another device.',
      );
    }
    const secret = new Secret({ size: 20 }).base32;
    await tx.query(
      `INSERT INTO second_factors (user_id, secret_sealed, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET secret_sealed = $2, created_at = $3, last_step = 0
        WHERE second_factors.confirmed_at IS NULL`,
      [session.userId, box.seal(secret), now],
    );
    const uri = totpFor(secret, session.username).toString();
    const qrSvg = await qrCodeString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, uri, qrSvg };
  });
}

export type ConfirmResult =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; code: 'wrong_code' }
  | { ok: false; code: 'rate_limited'; retryAfterMs: number };

/** The first code from the new secret: the factor now counts, and recovery codes are issued. */
export function confirmSecondFactor(
  db: Database,
  box: SecretBox,
  session: AuthenticatedSession,
  code: string,
  client: string,
  now: Date,
): Promise<ConfirmResult> {
  return db.transaction(async (tx): Promise<ConfirmResult> => {
    await serialiseAttempts(tx, session.username);
    const wait = await signInDelay(tx, session.username, client, now);
    if (wait > 0) return { ok: false, code: 'rate_limited', retryAfterMs: wait };
    const row = await factorRow(tx, session.userId);
    if (!row || row.confirmed_at) {
      throw new ServiceError(
        'invalid_transition',
        row
          ? 'Your second factor is already set up.'
          : 'Start the second-factor setup first: there is no code to confirm yet.',
      );
    }
    const step = acceptedStep(box.open(row.secret_sealed), session.username, code, now);
    await acquireWriteOrder(tx);
    if (step === null) {
      await recordRefusedCode(tx, session, 'wrong_code', { client, during: 'setup' }, now);
      return { ok: false, code: 'wrong_code' };
    }
    await tx.query(
      'UPDATE second_factors SET confirmed_at = $2, last_step = $3 WHERE user_id = $1',
      [session.userId, now, step],
    );
    const recoveryCodes = await issueRecoveryCodes(tx, session.userId, now);
    await appendAuditEvent(tx, {
      at: now,
      actorId: session.userId,
      actor: session.username,
      action: 'secondFactor.enrolled',
      caseId: null,
      details: { client, sessionId: session.sessionId, recoveryCodes: recoveryCodes.length },
    });
    return { ok: true, recoveryCodes };
  });
}

/** Forgets a user's second factor and recovery codes; whether there was a factor. */
export async function deleteSecondFactor(tx: Queryable, userId: string): Promise<boolean> {
  await deleteRecoveryCodes(tx, userId);
  const rows = await tx.query<{ user_id: string }>(
    'DELETE FROM second_factors WHERE user_id = $1 RETURNING confirmed_at, user_id',
    [userId],
  );
  return rows.length > 0;
}
