import { HOLDABLE_STATUSES, type CaseHolder } from '../../shared/case-ownership';
import type { Role } from '../../shared/roles';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import { arrayLiteral } from '../storage/array-literal';
import type { Database, Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';

const HOLDER_ROLES: readonly Role[] = ['reviewer', 'supervisor'];

/** Refuses, naming `path`, unless `userId` is an active account that may work on cases. */
export async function requireCaseWorker(
  tx: Queryable,
  userId: string,
  path: string,
): Promise<{ id: string; displayName: string }> {
  const [user] = await tx.query<{ id: string; display_name: string; role: Role; active: boolean }>(
    'SELECT id, display_name, role, active FROM users WHERE id = $1',
    [userId],
  );
  if (!user || !user.active || !HOLDER_ROLES.includes(user.role)) {
    throw new ServiceError(
      'validation',
      'A case can only be given to an active reviewer or supervisor.',
      [{ path, message: 'choose an active reviewer or supervisor' }],
    );
  }
  return { id: user.id, displayName: user.display_name };
}

/**
 * Moves every open case `fromUserId` holds to `toUserId`, in one transaction, one audit event
 * per case: what a deactivated reviewer held must not sit unowned past its deadline.
 */
export async function reassignOpenCases(
  db: Database,
  admin: AuthenticatedSession,
  fromUserId: string,
  toUserId: string,
  now: Date,
): Promise<{ reassigned: number }> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const [from] = await tx.query<{ id: string }>('SELECT id FROM users WHERE id = $1', [
      fromUserId,
    ]);
    if (!from) throw new ServiceError('not_found', 'There is no such user.');
    if (fromUserId === toUserId) {
      throw new ServiceError('validation', 'Choose someone else to take these cases.', [
        { path: 'toUserId', message: 'choose a different person' },
      ]);
    }
    await requireCaseWorker(tx, toUserId, 'toUserId');
    const cases = await tx.query<{ id: string; version: number; status: string }>(
      `SELECT id, version, status FROM cases
        WHERE assignee_id = $1 AND status = ANY($2::text[])
        ORDER BY id FOR UPDATE`,
      [fromUserId, arrayLiteral(HOLDABLE_STATUSES)],
    );
    for (const c of cases) {
      await tx.query(
        `UPDATE cases SET assignee_id = $2, version = version + 1, updated_at = $3 WHERE id = $1`,
        [c.id, toUserId, now],
      );
      await appendAuditEvent(tx, {
        at: now,
        actorId: admin.userId,
        actor: admin.username,
        action: 'case.assign',
        caseId: c.id,
        details: {
          assignee: { from: fromUserId, to: toUserId },
          from: c.status,
          to: c.status,
          version: c.version + 1,
          reason: 'reassigned from a deactivated account',
        },
      });
    }
    return { reassigned: cases.length };
  });
}

/** How many open cases the user holds: what a reassignment would move. */
export async function countHeldCases(db: Queryable, userId: string): Promise<number> {
  const [row] = await db.query<{ open: number | string }>(
    `SELECT count(*) AS open FROM cases WHERE assignee_id = $1 AND status = ANY($2::text[])`,
    [userId, arrayLiteral(HOLDABLE_STATUSES)],
  );
  return Number(row?.open ?? 0);
}

export async function listCaseHolders(db: Queryable): Promise<CaseHolder[]> {
  const rows = await db.query<{ id: string; display_name: string; role: Role }>(
    `SELECT id, display_name, role FROM users
      WHERE active AND role = ANY($1::text[]) AND password_hash IS NOT NULL
      ORDER BY display_name, id`,
    [arrayLiteral(HOLDER_ROLES)],
  );
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, role: r.role }));
}
