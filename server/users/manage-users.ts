import { randomUUID } from 'node:crypto';
import type { NewUser, User, UserUpdate } from '../../shared/users';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { JsonValue } from '../audit/canonical-json';
import { hashPassword } from '../auth/passwords';
import { DEACTIVATED, endSessionsOfUser, type AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { toUser, USER_COLUMNS, type UserRow } from './user-rows';

export async function listUsers(db: Queryable): Promise<User[]> {
  const rows = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY username`);
  return rows.map(toUser);
}

export async function createUser(
  db: Database,
  admin: AuthenticatedSession,
  input: NewUser,
  now: Date,
): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const [row] = await tx.query<UserRow>(
      `INSERT INTO users (id, username, display_name, role, password_hash, active, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, true, $6, $6)
       ON CONFLICT (username) DO NOTHING
       RETURNING ${USER_COLUMNS}`,
      [randomUUID(), input.username, input.displayName, input.role, passwordHash, now],
    );
    if (!row) {
      throw new ServiceError('duplicate', `The username ${input.username} is already taken.`, [
        { path: 'username', message: 'this username is already taken' },
      ]);
    }
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
      },
    });
    return toUser(row);
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
    const after = {
      active: update.active ?? before.active,
      role: update.role ?? before.role,
      display_name: update.displayName ?? before.display_name,
    };
    const removesAnAdmin =
      before.role === 'admin' && before.active && (!after.active || after.role !== 'admin');
    if (removesAnAdmin && (await otherActiveAdmins(tx, userId)) === 0) {
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
    return toUser(row);
  });
}

async function otherActiveAdmins(tx: Queryable, userId: string): Promise<number> {
  // Locking them keeps two administrators from demoting each other at the same moment.
  const rows = await tx.query<{ id: string }>(
    `SELECT id FROM users WHERE role = 'admin' AND active AND id <> $1 FOR UPDATE`,
    [userId],
  );
  return rows.length;
}
