import { z } from 'zod';
import { API } from '../../../shared/api';
import { NewUser, UserUpdate } from '../../../shared/users';
import { createUser, listUsers, updateUser } from '../../users/manage-users';
import type { App, AppDeps } from '../app-env';
import { ADMINS, requireSession } from '../authenticate';
import { parseInput, readJsonBody, validationError } from '../parse-input';

const UserId = z.object({ userId: z.uuid('expected a user id') });

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
}
