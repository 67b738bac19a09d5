import type { Role } from '../../shared/roles';
import type { User } from '../../shared/users';
import type { Queryable } from '../storage/database';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  active: boolean;
  created_at: Date;
}

export const USER_COLUMNS = 'id, username, display_name, role, password_hash, active, created_at';

/** A user as administrators see them, with the role grant awaiting a second administrator. */
interface ListedUserRow extends UserRow {
  grant_id: string | null;
  grant_role: Role | null;
  grant_requested_by: string | null;
  grant_requested_at: Date | null;
}

const LISTED_USERS = `
  SELECT u.id, u.username, u.display_name, u.role, u.password_hash, u.active, u.created_at,
         g.id AS grant_id, g.role AS grant_role, r.username AS grant_requested_by,
         g.requested_at AS grant_requested_at
    FROM users u
    LEFT JOIN role_grants g ON g.user_id = u.id AND g.outcome IS NULL
    LEFT JOIN users r ON r.id = g.requested_by`;

function toUser(row: ListedUserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    enrolled: row.password_hash !== null,
    pendingGrant:
      row.grant_id && row.grant_role && row.grant_requested_by && row.grant_requested_at
        ? {
            id: row.grant_id,
            role: row.grant_role,
            requestedBy: row.grant_requested_by,
            requestedAt: row.grant_requested_at.toISOString(),
          }
        : null,
  };
}

export async function listUsers(db: Queryable): Promise<User[]> {
  const rows = await db.query<ListedUserRow>(`${LISTED_USERS} ORDER BY u.username`);
  return rows.map(toUser);
}

export async function loadUser(db: Queryable, id: string): Promise<User | null> {
  const [row] = await db.query<ListedUserRow>(`${LISTED_USERS} WHERE u.id = $1`, [id]);
  return row ? toUser(row) : null;
}

export async function findUserByUsername(tx: Queryable, username: string): Promise<UserRow | null> {
  const [row] = await tx.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE username = $1`, [
    username,
  ]);
  return row ?? null;
}

export async function findUserById(tx: Queryable, id: string): Promise<UserRow | null> {
  const [row] = await tx.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  return row ?? null;
}
