import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../../shared/roles';
import { appendAuditEvent } from '../audit/append-audit-event';
import { hashPassword } from '../auth/passwords';
import { refuseTakenDisplayName } from '../users/display-name-taken';
import type { Database } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';

export const DEMO_TEAM: readonly { username: string; displayName: string; role: Role }[] = [
  { username: 'admin', displayName: 'Amira Haddad', role: 'admin' },
  { username: 'reviewer1', displayName: 'Léa Martin', role: 'reviewer' },
  { username: 'reviewer2', displayName: 'Jonas Weber', role: 'reviewer' },
  { username: 'reviewer3', displayName: 'Priya Nair', role: 'reviewer' },
  { username: 'reviewer4', displayName: 'Tomás García', role: 'reviewer' },
  { username: 'supervisor1', displayName: 'Helena Kowalska', role: 'supervisor' },
  { username: 'supervisor2', displayName: 'Daniel Okafor', role: 'supervisor' },
  { username: 'auditor', displayName: 'Margit Svensson', role: 'auditor' },
];

export interface CreatedDemoUser {
  username: string;
  role: Role;
  /** Null when the account already existed: its password is left alone. */
  password: string | null;
}

/** A fresh random password for each account: demo data never ships a known password. */
function generatedPassword(): string {
  return randomBytes(15).toString('base64url');
}

export async function createDemoUsers(db: Database, now: Date): Promise<CreatedDemoUser[]> {
  const created: CreatedDemoUser[] = [];
  for (const member of DEMO_TEAM) {
    const password = generatedPassword();
    const passwordHash = await hashPassword(password);
    const inserted = await db.transaction(async (tx) => {
      await acquireWriteOrder(tx);
      const [existing] = await tx.query<{ id: string }>(
        'SELECT id FROM users WHERE username = $1',
        [member.username],
      );
      if (existing) return false;
      await refuseTakenDisplayName(tx, member.displayName, null);
      const rows = await tx.query<{ id: string }>(
        `INSERT INTO users (id, username, display_name, role, password_hash, active, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, true, $6, $6)
         ON CONFLICT (username) DO NOTHING RETURNING id`,
        [randomUUID(), member.username, member.displayName, member.role, passwordHash, now],
      );
      const row = rows[0];
      if (!row) return false;
      await appendAuditEvent(tx, {
        at: now,
        actorId: null,
        actor: 'demo-seed',
        action: 'user.create',
        caseId: null,
        details: { userId: row.id, username: member.username, role: member.role, seeded: true },
      });
      return true;
    });
    created.push({
      username: member.username,
      role: member.role,
      password: inserted ? password : null,
    });
  }
  return created;
}
