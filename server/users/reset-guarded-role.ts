import { ROLE_LABELS } from '../../shared/roles';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import type { Queryable } from '../storage/database';
import { isGuardedRole, otherActiveAdmins, requestRoleGrant } from './role-grants';
import type { UserRow } from './user-rows';

/** The role an account holds after a password reset until its former role is confirmed. */
const ROLE_AFTER_RESET = 'reviewer';

/**
 * The administrator who resets a password holds the new enrolment code, and could enrol
 * with it themselves: the service cannot tell who types it. For a supervisor or an
 * administrator that would let one person act as two — approve their own review, or confirm
 * their own role grants — so the account works as a reviewer until another administrator
 * confirms its role again, exactly as when the role was first granted. Runs inside the
 * reset's transaction.
 */
export async function suspendGuardedRoleForReset(
  tx: Queryable,
  admin: AuthenticatedSession,
  user: Pick<UserRow, 'id' | 'username' | 'display_name' | 'role'>,
  now: Date,
): Promise<void> {
  if (!isGuardedRole(user.role)) return;
  await tx.query('UPDATE users SET role = $2, updated_at = $3 WHERE id = $1', [
    user.id,
    ROLE_AFTER_RESET,
    now,
  ]);
  if ((await otherActiveAdmins(tx, admin.userId)) === 0) {
    const role = ROLE_LABELS[user.role].toLowerCase();
    throw new ServiceError(
      'forbidden',
      `After a password reset, the ${role} role of ${user.username} must be confirmed again by another administrator, and no other administrator could confirm it. Appoint another administrator first.`,
    );
  }
  await appendAuditEvent(tx, {
    at: now,
    actorId: admin.userId,
    actor: admin.username,
    action: 'user.roleChanged',
    caseId: null,
    details: {
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      from: user.role,
      to: ROLE_AFTER_RESET,
      changedBy: admin.username,
      reason: 'password_reset',
    },
  });
  const account = { id: user.id, username: user.username, displayName: user.display_name };
  await requestRoleGrant(tx, admin, { ...account, role: ROLE_AFTER_RESET }, user.role, now);
}
