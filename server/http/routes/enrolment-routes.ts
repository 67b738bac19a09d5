import { API } from '../../../shared/api';
import { Enrolment } from '../../../shared/users';
import { toSessionInfo } from '../../auth/sessions';
import { completeEnrolment } from '../../users/enrolments';
import type { App, AppDeps } from '../app-env';
import { clientAddress } from '../client-address';
import { parseInput, readJsonBody } from '../parse-input';
import { readSessionCookie, writeSessionCookie } from '../session-cookie';

export function registerEnrolmentRoutes(app: App, deps: AppDeps): void {
  app.on(API.enrol.method, API.enrol.path, async (c) => {
    const input = parseInput('The enrolment', Enrolment, await readJsonBody(c, 'The enrolment'));
    const { token, session } = await completeEnrolment(
      deps.db,
      input,
      clientAddress(c, deps),
      readSessionCookie(c),
      deps.clock(),
    );
    writeSessionCookie(c, token, deps.secureCookies);
    return c.json(toSessionInfo(session));
  });
}
