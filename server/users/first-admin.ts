import { randomUUID } from 'node:crypto';
import type { FirstAdmin } from '../../shared/users';
import { hashPassword } from '../auth/passwords';
import { passwordProblems, passwordRefused } from '../auth/password-policy';
import { openAuditedSession, type AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';

export async function needsFirstAdmin(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ any_user: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM users) AS any_user',
  );
  return !row?.any_user;
}

/**
 * Creates the first administrator of an empty installation and signs them in. There is no
 * default account: whoever installs the service chooses this password. Once any user exists
 * the route is closed for good.
 */
export async function createFirstAdmin(
  db: Database,
  admin: FirstAdmin,
  client: string,
  now: Date,
): Promise<{ token: string; session: AuthenticatedSession }> {
  const problems = passwordProblems(admin.password, admin, 'password');
  if (problems.length > 0) throw passwordRefused(problems);
  // Hash before taking any lock: argon2 is deliberately slow.
  const passwordHash = await hashPassword(admin.password);
  return db.transaction(async (tx) => {
    // Held until commit: two simultaneous setups queue here and the second finds a user.
    await acquireWriteOrder(tx);
    if (!(await needsFirstAdmin(tx))) {
      throw new ServiceError('setup_done', 'This installation already has users; sign in instead.');
    }
    const user = {
      id: randomUUID(),
      username: admin.username,
      display_name: admin.displayName,
      role: 'admin' as const,
    };
    await tx.query(
      `INSERT INTO users (id, username, display_name, role, password_hash, active, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, true, $6, $6)`,
      [user.id, user.username, user.display_name, user.role, passwordHash, now],
    );
    const opened = await openAuditedSession(tx, user, now, client, {
      action: 'setup.firstAdmin',
      details: { userId: user.id, username: user.username, client },
    });
    return opened;
  });
}
