import { randomUUID } from 'node:crypto';
import { ROLE_LABELS, type Role } from '../../shared/roles';
import type { User } from '../../shared/users';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { loadUser } from './user-rows';

/** Roles that decide (supervisor) or appoint (administrator): one administrator alone grants neither. */
export const GUARDED_ROLES: readonly Role[] = ['supervisor', 'admin'];

export function isGuardedRole(role: Role): boolean {
  return GUARDED_ROLES.includes(role);
}

/** Active administrators other than `adminId`, who could confirm what `adminId` asks for. */
export async function otherActiveAdmins(tx: Queryable, adminId: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active AND id <> $1`,
    [adminId],
  );
  return row?.n ?? 0;
}

export function singleAdministratorRefusal(role: Role): ServiceError {
  return new ServiceError(
    'forbidden',
    `Granting the ${ROLE_LABELS[role].toLowerCase()} role takes a second administrator's confirmation, and this installation has only one active administrator. Appoint a second administrator first.`,
    [{ path: 'role', message: 'a second administrator must confirm this role' }],
  );
}

/**
 * Records that `admin` asks for `user` to hold `role`; the role takes effect when another
 * administrator confirms. Replaces an open request for the same user. Runs inside the
 * caller's write transaction.
 */
export async function requestRoleGrant(
  tx: Queryable,
  admin: AuthenticatedSession,
  user: { id: string; username: string; displayName: string; role: Role },
  role: Role,
  now: Date,
): Promise<void> {
  if ((await otherActiveAdmins(tx, admin.userId)) === 0) throw singleAdministratorRefusal(role);
  await withdrawOpenGrant(tx, admin, user.id, now);
  const id = randomUUID();
  await tx.query(
    `INSERT INTO role_grants (id, user_id, role, requested_by, requested_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [id, user.id, role, admin.userId, now],
  );
  await appendAuditEvent(tx, {
    at: now,
    actorId: admin.userId,
    actor: admin.username,
    action: 'user.roleGrantRequested',
    caseId: null,
    details: {
      grantId: id,
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      from: user.role,
      to: role,
      requestedBy: admin.username,
    },
  });
}

/** Withdraws the open grant for a user, if any, recording who withdrew it. */
export async function withdrawOpenGrant(
  tx: Queryable,
  admin: AuthenticatedSession,
  userId: string,
  now: Date,
): Promise<void> {
  const withdrawn = await tx.query<{ id: string; role: Role }>(
    `UPDATE role_grants SET outcome = 'withdrawn', decided_by = $2, decided_at = $3
      WHERE user_id = $1 AND outcome IS NULL RETURNING id, role`,
    [userId, admin.userId, now],
  );
  for (const grant of withdrawn) {
    await appendAuditEvent(tx, {
      at: now,
      actorId: admin.userId,
      actor: admin.username,
      action: 'user.roleGrantWithdrawn',
      caseId: null,
      details: { grantId: grant.id, userId, role: grant.role },
    });
  }
}

interface GrantRow {
  id: string;
  user_id: string;
  role: Role;
  requested_by: string;
  requester: string;
  username: string;
  display_name: string;
  current_role: Role;
  active: boolean;
}

async function openGrant(tx: Queryable, grantId: string): Promise<GrantRow> {
  const [grant] = await tx.query<GrantRow>(
    `SELECT g.id, g.user_id, g.role, g.requested_by, r.username AS requester,
            u.username, u.display_name, u.role AS current_role, u.active
       FROM role_grants g
       JOIN users u ON u.id = g.user_id
       JOIN users r ON r.id = g.requested_by
      WHERE g.id = $1 AND g.outcome IS NULL
      FOR UPDATE OF g, u`,
    [grantId],
  );
  if (!grant) {
    throw new ServiceError('not_found', 'There is no such role grant awaiting confirmation.');
  }
  return grant;
}

/**
 * A second administrator confirms a grant: neither the one who asked for it nor the person
 * who would receive it may confirm it.
 */
export function confirmRoleGrant(
  db: Database,
  admin: AuthenticatedSession,
  grantId: string,
  now: Date,
): Promise<User> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const grant = await openGrant(tx, grantId);
    if (grant.requested_by === admin.userId) {
      throw new ServiceError(
        'four_eyes',
        'You asked for this role yourself: another administrator must confirm it.',
      );
    }
    if (grant.user_id === admin.userId) {
      throw new ServiceError(
        'four_eyes',
        'This role would be yours: another administrator must confirm it.',
      );
    }
    if (!grant.active) {
      throw new ServiceError('forbidden', 'This account is deactivated; its role cannot change.');
    }
    await tx.query(
      `UPDATE role_grants SET outcome = 'confirmed', decided_by = $2, decided_at = $3
        WHERE id = $1`,
      [grant.id, admin.userId, now],
    );
    await tx.query('UPDATE users SET role = $2, updated_at = $3 WHERE id = $1', [
      grant.user_id,
      grant.role,
      now,
    ]);
    await appendAuditEvent(tx, {
      at: now,
      actorId: admin.userId,
      actor: admin.username,
      action: 'user.roleChanged',
      caseId: null,
      details: {
        grantId: grant.id,
        userId: grant.user_id,
        username: grant.username,
        displayName: grant.display_name,
        from: grant.current_role,
        to: grant.role,
        requestedBy: grant.requester,
        confirmedBy: admin.username,
      },
    });
    const user = await loadUser(tx, grant.user_id);
    if (!user) throw new ServiceError('not_found', 'There is no such user.');
    return user;
  });
}

export function withdrawRoleGrant(
  db: Database,
  admin: AuthenticatedSession,
  grantId: string,
  now: Date,
): Promise<User> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const grant = await openGrant(tx, grantId);
    await withdrawOpenGrant(tx, admin, grant.user_id, now);
    const user = await loadUser(tx, grant.user_id);
    if (!user) throw new ServiceError('not_found', 'There is no such user.');
    return user;
  });
}
