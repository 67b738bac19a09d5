import { z } from 'zod';
import { API } from '../../../shared/api';
import { Credentials, PasswordChange, Reauthentication } from '../../../shared/users';
import { logIn } from '../../auth/log-in';
import { logOut } from '../../auth/log-out';
import { endOneSession, listOpenSessions } from '../../auth/open-sessions';
import { reauthenticate } from '../../auth/reauthenticate';
import { findSession, toSessionInfo } from '../../auth/sessions';
import { ServiceError } from '../../service-error';
import { changeOwnPassword } from '../../users/change-password';
import type { App, AppDeps } from '../app-env';
import { ANY_ROLE, requireSession } from '../authenticate';
import { clientAddress } from '../client-address';
import { parseInput, readJsonBody } from '../parse-input';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../session-cookie';
import { loginRefusal, reauthRefusal } from '../sign-in-refusals';
import { throttleRefusal } from '../throttle-refusal';

const SessionId = z.object({ sessionId: z.uuid('expected a session id') });

export function registerSessionRoutes(app: App, deps: AppDeps): void {
  app.on(API.session.method, API.session.path, async (c) => {
    const session = await requireSession(c, deps, ANY_ROLE, { beforeSecondFactor: true });
    return c.json(toSessionInfo(session));
  });

  app.on(API.login.method, API.login.path, async (c) => {
    const credentials = parseInput(
      'The sign-in',
      Credentials,
      await readJsonBody(c, 'The sign-in'),
    );
    const result = await logIn(
      deps.db,
      deps.secondFactorBox,
      {
        ...credentials,
        client: clientAddress(c, deps),
        replacing: readSessionCookie(c),
      },
      deps.clock(),
    );
    if (!result.ok) throw loginRefusal(c, result);
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
    const proof = parseInput(
      'The confirmation',
      Reauthentication,
      await readJsonBody(c, 'The confirmation'),
    );
    const result = await reauthenticate(
      deps.db,
      deps.secondFactorBox,
      session,
      proof,
      clientAddress(c, deps),
      deps.clock(),
    );
    if (!result.ok) throw reauthRefusal(c, result);
    return c.json({ ok: true as const });
  });

  app.on(API.changePassword.method, API.changePassword.path, async (c) => {
    const session = await requireSession(c, deps, ANY_ROLE);
    const change = parseInput(
      'The new password',
      PasswordChange,
      await readJsonBody(c, 'The new password'),
    );
    const result = await changeOwnPassword(
      deps.db,
      session,
      change,
      clientAddress(c, deps),
      deps.clock(),
    );
    if (!result.ok) {
      throw result.code === 'rate_limited'
        ? throttleRefusal(c, result.retryAfterMs)
        : new ServiceError('reauth_required', 'The current password is not correct.', [
            { path: 'currentPassword', message: 'that password is not correct' },
          ]);
    }
    return c.json({ ok: true as const });
  });

  app.on(API.ownSessions.method, API.ownSessions.path, async (c) => {
    const session = await requireSession(c, deps, ANY_ROLE);
    return c.json({
      sessions: await listOpenSessions(deps.db, session.userId, session, deps.clock()),
    });
  });

  app.on(API.endSession.method, API.endSession.path, async (c) => {
    const session = await requireSession(c, deps, ANY_ROLE);
    const { sessionId } = parseInput('The address', SessionId, c.req.param());
    await endOneSession(deps.db, session, sessionId, deps.clock());
    if (sessionId === session.sessionId) clearSessionCookie(c, deps.secureCookies);
    return c.json({ ok: true as const });
  });
}
