import { API } from '../../../shared/api';
import { FirstAdmin } from '../../../shared/users';
import { toSessionInfo } from '../../auth/sessions';
import { createFirstAdmin, needsFirstAdmin } from '../../users/first-admin';
import type { App, AppDeps } from '../app-env';
import { clientAddress } from '../client-address';
import { parseInput, readJsonBody } from '../parse-input';
import { writeSessionCookie } from '../session-cookie';

export function registerSetupRoutes(app: App, deps: AppDeps): void {
  app.on(API.setupStatus.method, API.setupStatus.path, async (c) =>
    c.json({ needsFirstAdmin: await needsFirstAdmin(deps.db) }),
  );

  app.on(API.createFirstAdmin.method, API.createFirstAdmin.path, async (c) => {
    const input = parseInput(
      'The administrator',
      FirstAdmin,
      await readJsonBody(c, 'The administrator'),
    );
    const { token, session } = await createFirstAdmin(
      deps.db,
      input,
      clientAddress(c, deps),
      deps.clock(),
    );
    writeSessionCookie(c, token, deps.secureCookies);
    return c.json(toSessionInfo(session));
  });
}
