import { randomBytes, randomUUID } from 'node:crypto';
import type { Enrolment, IssuedEnrolment } from '../../shared/users';
import { appendAuditEvent } from '../audit/append-audit-event';
import { deleteSecondFactor } from '../auth/second-factor';
import { hashPassword } from '../auth/passwords';
import { passwordProblems, passwordRefused } from '../auth/password-policy';
import {
  endSessionNamedBy,
  endSessionsOfUser,
  openAuditedSession,
  type AuthenticatedSession,
} from '../auth/sessions';
import { sessionTokenDigest } from '../auth/session-token';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { suspendGuardedRoleForReset } from './reset-guarded-role';
import type { UserRow } from './user-rows';

export const ENROLMENT_LIFETIME_MS = 72 * 60 * 60_000;

/** Why a user's sessions end when an administrator issues them a new enrolment. */
export const PASSWORD_RESET = 'password_reset';

/**
 * Issues a one-time code with which `user` sets their own password, revoking any earlier
 * one. The code is returned once; the database keeps its SHA-256 only. Runs inside the
 * caller's write transaction.
 */
export async function issueEnrolment(
  tx: Queryable,
  admin: AuthenticatedSession,
  user: Pick<UserRow, 'id' | 'username'>,
  now: Date,
): Promise<IssuedEnrolment> {
  await tx.query(
    `UPDATE enrolments SET revoked_at = $2
      WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
    [user.id, now],
  );
  const code = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ENROLMENT_LIFETIME_MS);
  const id = randomUUID();
  await tx.query(
    `INSERT INTO enrolments (id, user_id, code_sha256, issued_by, issued_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, user.id, sessionTokenDigest(code), admin.userId, now, expiresAt],
  );
  await appendAuditEvent(tx, {
    at: now,
    actorId: admin.userId,
    actor: admin.username,
    action: 'user.enrolmentIssued',
    caseId: null,
    details: { userId: user.id, username: user.username, enrolmentId: id },
  });
  return { userId: user.id, username: user.username, code, expiresAt: expiresAt.toISOString() };
}

/**
 * A password reset: the old password stops working, every session of the user ends, and a
 * new enrolment code is issued. The administrator never learns the new password. A
 * supervisor's or administrator's role waits for another administrator's confirmation.
 */
export function resetPassword(
  db: Database,
  admin: AuthenticatedSession,
  userId: string,
  now: Date,
): Promise<IssuedEnrolment> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const [user] = await tx.query<UserRow>(
      'SELECT id, username, display_name, role FROM users WHERE id = $1 FOR UPDATE',
      [userId],
    );
    if (!user) throw new ServiceError('not_found', 'There is no such user.');
    if (user.id === admin.userId) {
      throw new ServiceError(
        'forbidden',
        'Change your own password under your name in the header, with your current password.',
      );
    }
    await tx.query('UPDATE users SET password_hash = NULL, updated_at = $2 WHERE id = $1', [
      userId,
      now,
    ]);
    await suspendGuardedRoleForReset(tx, admin, user, now);
    const endedSessions = await endSessionsOfUser(tx, userId, now, PASSWORD_RESET);
    await appendAuditEvent(tx, {
      at: now,
      actorId: admin.userId,
      actor: admin.username,
      action: 'user.passwordReset',
      caseId: null,
      details: { userId, username: user.username, endedSessions },
    });
    // Whoever lost their password may have lost their authenticator with it: they set up a
    // new one after enrolling again.
    if (await deleteSecondFactor(tx, userId)) {
      await appendAuditEvent(tx, {
        at: now,
        actorId: admin.userId,
        actor: admin.username,
        action: 'secondFactor.reset',
        caseId: null,
        details: { userId, username: user.username },
      });
    }
    return issueEnrolment(tx, admin, user, now);
  });
}

interface EnrolmentRow {
  id: string;
  user_id: string;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
  username: string;
  display_name: string;
  active: boolean;
}

const NOT_VALID =
  'This enrolment code is not valid: it was mistyped, already used, replaced or has expired. Ask an administrator for a new one.';

/** The person behind an enrolment code sets their password and is signed in. */
export async function completeEnrolment(
  db: Database,
  input: Enrolment,
  client: string,
  replacing: string | undefined,
  now: Date,
): Promise<{ token: string; session: AuthenticatedSession }> {
  const digest = sessionTokenDigest(input.code);
  const lookup = async (tx: Queryable) => {
    const [row] = await tx.query<EnrolmentRow>(
      `SELECT e.id, e.user_id, e.expires_at, e.used_at, e.revoked_at,
              u.username, u.display_name, u.active
         FROM enrolments e JOIN users u ON u.id = e.user_id
        WHERE e.code_sha256 = $1`,
      [digest],
    );
    const usable =
      row &&
      row.active &&
      !row.used_at &&
      !row.revoked_at &&
      row.expires_at.getTime() > now.getTime();
    if (!row || !usable) {
      throw new ServiceError('not_found', NOT_VALID, [
        {
          path: 'code',
          message: 'this code is not valid: mistyped, already used, replaced or expired',
        },
      ]);
    }
    return row;
  };
  const before = await lookup(db);
  const problems = passwordProblems(
    input.password,
    { username: before.username, displayName: before.display_name },
    'password',
  );
  if (problems.length > 0) throw passwordRefused(problems);
  // Hash before taking any lock: argon2 is deliberately slow.
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const row = await lookup(tx);
    await tx.query('UPDATE enrolments SET used_at = $2 WHERE id = $1', [row.id, now]);
    const [user] = await tx.query<UserRow>(
      `UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1
       RETURNING id, username, display_name, role`,
      [row.user_id, passwordHash, now],
    );
    if (!user) throw new ServiceError('not_found', NOT_VALID);
    await endSessionsOfUser(tx, user.id, now, PASSWORD_RESET);
    // Whoever was signed in on this browser (an administrator at a shared desk) is not now.
    if (replacing) await endSessionNamedBy(tx, replacing, now, 'signed_in_again');
    const opened = await openAuditedSession(tx, user, now, client, {
      action: 'user.enrolled',
      details: { userId: user.id, enrolmentId: row.id, client },
    });
    return opened;
  });
}
