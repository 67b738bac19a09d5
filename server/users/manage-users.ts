import { randomUUID } from 'node:crypto';
import type { IssuedEnrolment, NewUser, User, UserUpdate } from '../../shared/users';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { JsonValue } from '../audit/canonical-json';
import { DEACTIVATED, endSessionsOfUser, type AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { refuseTakenDisplayName } from './display-name-taken';
import { issueEnrolment } from './enrolments';
import {
  isGuardedRole,
  otherActiveAdmins,
  requestRoleGrant,
  singleAdministratorRefusal,
  withdrawOpenGrant,
} from './role-grants';
import { loadUser, USER_COLUMNS, type UserRow } from './user-rows';

export { listUsers } from './user-rows';

/** The role a new account holds while a supervisor or administrator role awaits confirmation. */
const ROLE_UNTIL_CONFIRMED = 'reviewer';

/**
 * Whether `admin` may appoint an administrator alone: only the installation's first
 * administrator, only once, to have a second administrator who can confirm grants at all.
 * The appointment is recorded as a grant, so it never happens twice.
 */
async function mayAppointSecondAdmin(tx: Queryable, admin: AuthenticatedSession): Promise<boolean> {
  const [row] = await tx.query<{ admins: number; grants: number }>(
    `SELECT (SELECT count(*)::int FROM users WHERE role = 'admin') AS admins,
            (SELECT count(*)::int FROM role_grants WHERE role = 'admin') AS grants`,
  );
  return row?.admins === 1 && row.grants === 0 && admin.role === 'admin';
}

/**
 * Opens an account without a password and issues its enrolment code, shown once. A
 * supervisor or administrator role is asked for, not given: the account works as a reviewer
 * until a second administrator confirms.
 */
export async function createUser(
  db: Database,
  admin: AuthenticatedSession,
  input: NewUser,
  now: Date,
): Promise<{ user: User; enrolment: IssuedEnrolment }> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const guarded = isGuardedRole(input.role);
    const bootstrap = input.role === 'admin' && (await mayAppointSecondAdmin(tx, admin));
    if (guarded && !bootstrap && (await otherActiveAdmins(tx, admin.userId)) === 0) {
      throw singleAdministratorRefusal(input.role);
    }
    const role = guarded && !bootstrap ? ROLE_UNTIL_CONFIRMED : input.role;
    const [row] = await tx.query<UserRow>(
      `INSERT INTO users (id, username, display_name, role, password_hash, active, created_at, updated_at)
       VALUES ($1, $2, $3, $4, NULL, true, $5, $5)
       ON CONFLICT (username) DO NOTHING
       RETURNING ${USER_COLUMNS}`,
      [randomUUID(), input.username, input.displayName, role, now],
    );
    if (!row) {
      throw new ServiceError('duplicate', `The username ${input.username} is already taken.`, [
        { path: 'username', message: 'this username is already taken' },
      ]);
    }
    // Checked once the username is known to be free, so that a taken username is what an
    // administrator hears about first; refusing here undoes the insert with the transaction.
    await refuseTakenDisplayName(tx, row.display_name, row.id);
    await appendAuditEvent(tx, {
      at: now,
      actorId: admin.userId,
      actor: admin.username,
      action: 'user.create',
      caseId: null,
      details: {
        userId: row.id,
        username: row.username,
        displayName: row.display_name,
        role: row.role,
        ...(bootstrap ? { secondAdministrator: true } : {}),
      },
    });
    if (bootstrap) {
      await tx.query(
        `INSERT INTO role_grants (id, user_id, role, requested_by, requested_at, decided_by,
                                  decided_at, outcome)
         VALUES ($1, $2, 'admin', $3, $4, $3, $4, 'confirmed')`,
        [randomUUID(), row.id, admin.userId, now],
      );
    }
    const account = { id: row.id, username: row.username, displayName: row.display_name };
    if (guarded && !bootstrap) {
      await requestRoleGrant(tx, admin, { ...account, role: row.role }, input.role, now);
    }
    const enrolment = await issueEnrolment(tx, admin, row, now);
    const user = await loadUser(tx, row.id);
    if (!user) throw new ServiceError('not_found', 'There is no such user.');
    return { user, enrolment };
  });
}

export async function updateUser(
  db: Database,
  admin: AuthenticatedSession,
  userId: string,
  update: UserUpdate,
  now: Date,
): Promise<User> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const [before] = await tx.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    if (!before) throw new ServiceError('not_found', 'There is no such user.');
    if (update.displayName !== undefined && update.displayName !== before.display_name) {
      await refuseTakenDisplayName(tx, update.displayName, userId);
    }
    const roleAsked = update.role !== undefined && update.role !== before.role;
    if (roleAsked && userId === admin.userId) {
      throw new ServiceError(
        'forbidden',
        'You cannot change your own role; another administrator can.',
        [{ path: 'role', message: 'administrators cannot change their own role' }],
      );
    }
    // A supervisor or administrator role waits for a second administrator; the rest of the
    // change applies now.
    const roleWaits = roleAsked && update.role !== undefined && isGuardedRole(update.role);
    const after = {
      active: update.active ?? before.active,
      role: roleAsked && !roleWaits && update.role !== undefined ? update.role : before.role,
      display_name: update.displayName ?? before.display_name,
    };
    const removesAnAdmin =
      before.role === 'admin' && before.active && (!after.active || after.role !== 'admin');
    if (removesAnAdmin && (await lockOtherActiveAdmins(tx, userId)) === 0) {
      const field = !after.active ? 'active' : 'role';
      throw new ServiceError(
        'forbidden',
        'This is the last active administrator: appoint another administrator first.',
        [{ path: field, message: 'the installation would be left without an administrator' }],
      );
    }
    const [row] = await tx.query<UserRow>(
      `UPDATE users SET active = $2, role = $3, display_name = $4, updated_at = $5
        WHERE id = $1 RETURNING ${USER_COLUMNS}`,
      [userId, after.active, after.role, after.display_name, now],
    );
    if (!row) throw new ServiceError('not_found', 'There is no such user.');
    const account = { id: row.id, username: row.username, displayName: row.display_name };
    if (roleWaits && update.role !== undefined) {
      await requestRoleGrant(tx, admin, { ...account, role: row.role }, update.role, now);
    } else if (update.role !== undefined || !row.active) {
      // Another role given, the current one kept, or the account closed: nothing waits.
      await withdrawOpenGrant(tx, admin, userId, now);
    }
    const endedSessions = !row.active ? await endSessionsOfUser(tx, userId, now, DEACTIVATED) : 0;
    const changes: { [key: string]: JsonValue } = {};
    if (before.active !== row.active) changes.active = { from: before.active, to: row.active };
    if (before.role !== row.role) changes.role = { from: before.role, to: row.role };
    if (before.display_name !== row.display_name) {
      changes.displayName = { from: before.display_name, to: row.display_name };
    }
    await appendAuditEvent(tx, {
      at: now,
      actorId: admin.userId,
      actor: admin.username,
      action: 'user.update',
      caseId: null,
      details: { userId, username: row.username, changes, endedSessions },
    });
    if (before.role !== row.role) {
      await appendAuditEvent(tx, {
        at: now,
        actorId: admin.userId,
        actor: admin.username,
        action: 'user.roleChanged',
        caseId: null,
        details: {
          userId,
          username: row.username,
          displayName: row.display_name,
          from: before.role,
          to: row.role,
          changedBy: admin.username,
        },
      });
    }
    const user = await loadUser(tx, userId);
    if (!user) throw new ServiceError('not_found', 'There is no such user.');
    return user;
  });
}

async function lockOtherActiveAdmins(tx: Queryable, userId: string): Promise<number> {
  // Locking them keeps two administrators from demoting each other at the same moment.
  const rows = await tx.query<{ id: string }>(
    `SELECT id FROM users WHERE role = 'admin' AND active AND id <> $1 FOR UPDATE`,
    [userId],
  );
  return rows.length;
}
