import type { Role } from '../../shared/roles';
import type { User } from '../../shared/users';
import type { Queryable } from '../storage/database';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  active: boolean;
  created_at: Date;
}

export const USER_COLUMNS = 'id, username, display_name, role, password_hash, active, created_at';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    active: row.active,
    createdAt: row.created_at.toISOString(),
  };
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
