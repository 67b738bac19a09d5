import { z } from 'zod';
import { API, ThrottleRelease } from '../../../shared/api';
import { CaseReassignment } from '../../../shared/case-ownership';
import { NewUser, UserUpdate } from '../../../shared/users';
import { countHeldCases, listCaseHolders, reassignOpenCases } from '../../cases/case-holders';
import { appendAuditEvent } from '../../audit/append-audit-event';
import { clearLoginFailures, listThrottledSignIns } from '../../auth/login-throttle';
import { listOpenSessions } from '../../auth/open-sessions';
import { acquireWriteOrder } from '../../storage/write-order';
import { resetPassword } from '../../users/enrolments';
import { createUser, listUsers, updateUser } from '../../users/manage-users';
import { confirmRoleGrant, withdrawRoleGrant } from '../../users/role-grants';
import type { App, AppDeps } from '../app-env';
import { ADMINS, CASE_WORKERS, requireSession } from '../authenticate';
import { parseInput, readJsonBody, validationError } from '../parse-input';

const UserId = z.object({ userId: z.uuid('expected a user id') });
const GrantId = z.object({ grantId: z.uuid('expected a role grant id') });

export function registerUserRoutes(app: App, deps: AppDeps): void {
  app.on(API.listUsers.method, API.listUsers.path, async (c) => {
    await requireSession(c, deps, ADMINS);
    return c.json({ users: await listUsers(deps.db) });
  });

  app.on(API.createUser.method, API.createUser.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const input = parseInput('The new user', NewUser, await readJsonBody(c, 'The new user'));
    return c.json(await createUser(deps.db, admin, input, deps.clock()));
  });

  app.on(API.updateUser.method, API.updateUser.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const { userId } = parseInput('The address', UserId, c.req.param());
    const update = parseInput('The change', UserUpdate, await readJsonBody(c, 'The change'));
    if (Object.keys(update).length === 0) {
      throw validationError('The change', [
        { path: '(root)', message: 'name at least one of active, role or displayName' },
      ]);
    }
    return c.json(await updateUser(deps.db, admin, userId, update, deps.clock()));
  });

  app.on(API.reassignCases.method, API.reassignCases.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const { userId } = parseInput('The address', UserId, c.req.param());
    const { toUserId } = parseInput(
      'The reassignment',
      CaseReassignment,
      await readJsonBody(c, 'The reassignment'),
    );
    return c.json(await reassignOpenCases(deps.db, admin, userId, toUserId, deps.clock()));
  });

  app.on(API.heldCases.method, API.heldCases.path, async (c) => {
    await requireSession(c, deps, ADMINS);
    const { userId } = parseInput('The address', UserId, c.req.param());
    return c.json({ open: await countHeldCases(deps.db, userId) });
  });

  app.on(API.caseHolders.method, API.caseHolders.path, async (c) => {
    await requireSession(c, deps, [...CASE_WORKERS, ...ADMINS]);
    return c.json({ holders: await listCaseHolders(deps.db) });
  });

  app.on(API.resetPassword.method, API.resetPassword.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const { userId } = parseInput('The address', UserId, c.req.param());
    return c.json(await resetPassword(deps.db, admin, userId, deps.clock()));
  });

  app.on(API.confirmRoleGrant.method, API.confirmRoleGrant.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const { grantId } = parseInput('The address', GrantId, c.req.param());
    return c.json(await confirmRoleGrant(deps.db, admin, grantId, deps.clock()));
  });

  app.on(API.withdrawRoleGrant.method, API.withdrawRoleGrant.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const { grantId } = parseInput('The address', GrantId, c.req.param());
    return c.json(await withdrawRoleGrant(deps.db, admin, grantId, deps.clock()));
  });

  app.on(API.userSessions.method, API.userSessions.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const { userId } = parseInput('The address', UserId, c.req.param());
    return c.json({ sessions: await listOpenSessions(deps.db, userId, admin, deps.clock()) });
  });

  app.on(API.signInThrottles.method, API.signInThrottles.path, async (c) => {
    await requireSession(c, deps, ADMINS);
    return c.json({ throttles: await listThrottledSignIns(deps.db, deps.clock()) });
  });

  app.on(API.releaseSignInThrottle.method, API.releaseSignInThrottle.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const which = parseInput('The release', ThrottleRelease, await readJsonBody(c, 'The release'));
    const now = deps.clock();
    const released = await deps.db.transaction(async (tx) => {
      await acquireWriteOrder(tx);
      const count = await clearLoginFailures(tx, which);
      await appendAuditEvent(tx, {
        at: now,
        actorId: admin.userId,
        actor: admin.username,
        action: 'session.throttleReleased',
        caseId: null,
        details: { username: which.username ?? null, client: which.client ?? null, count },
      });
      return count;
    });
    return c.json({ released });
  });
}
