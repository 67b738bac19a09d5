import { API } from '../../../shared/api';
import { Credentials, Reauthentication } from '../../../shared/users';
import { logIn } from '../../auth/log-in';
import { logOut } from '../../auth/log-out';
import { reauthenticate } from '../../auth/reauthenticate';
import { findSession, toSessionInfo } from '../../auth/sessions';
import { ServiceError } from '../../service-error';
import type { App, AppDeps } from '../app-env';
import { ANY_ROLE, requireSession } from '../authenticate';
import { clientAddress } from '../client-address';
import { parseInput, readJsonBody } from '../parse-input';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../session-cookie';

const TOO_MANY_ATTEMPTS =
  'Too many failed sign-in attempts. Wait 15 minutes, or ask an administrator to check the account.';

export function registerSessionRoutes(app: App, deps: AppDeps): void {
  app.on(API.session.method, API.session.path, async (c) => {
    const session = await requireSession(c, deps, ANY_ROLE);
    return c.json(toSessionInfo(session));
  });

  app.on(API.login.method, API.login.path, async (c) => {
    const credentials = parseInput(
      'The sign-in',
      Credentials,
      await readJsonBody(c, 'The sign-in'),
    );
    const result = await logIn(deps.db, { ...credentials, client: clientAddress(c) }, deps.clock());
    if (!result.ok) {
      throw result.code === 'rate_limited'
        ? new ServiceError('rate_limited', TOO_MANY_ATTEMPTS)
        : new ServiceError('unauthenticated', 'Wrong username or password.');
    }
    writeSessionCookie(c, result.token, deps.secureCookies);
    return c.json(toSessionInfo(result.session));
  });

  app.on(API.logout.method, API.logout.path, async (c) => {
    const token = readSessionCookie(c);
    const now = deps.clock();
    const session = token ? await findSession(deps.db, token, now) : null;
    // Signing out of a session that already ended is not an error: the outcome is the same.
    if (session) await logOut(deps.db, session, now);
    clearSessionCookie(c, deps.secureCookies);
    return c.json({ ok: true as const });
  });

  app.on(API.reauthenticate.method, API.reauthenticate.path, async (c) => {
    const session = await requireSession(c, deps, ANY_ROLE);
    const { password } = parseInput(
      'The confirmation',
      Reauthentication,
      await readJsonBody(c, 'The confirmation'),
    );
    const result = await reauthenticate(deps.db, session, password, clientAddress(c), deps.clock());
    if (!result.ok) {
      throw result.code === 'rate_limited'
        ? new ServiceError('rate_limited', TOO_MANY_ATTEMPTS)
        : new ServiceError('reauth_required', 'That password is not correct.', [
            { path: 'password', message: 'that password is not correct' },
          ]);
    }
    return c.json({ ok: true as const });
  });
}
