import type { Context } from 'hono';
import { ROLE_LABELS, type Role } from '../../shared/roles';
import { secondFactorRequired } from '../../shared/second-factor';
import { accountDeactivated, secondFactorMissing, sessionEnded } from '../auth/session-refusals';
import { endedByDeactivation, findSession, type AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import type { AppDeps, AppEnv } from './app-env';
import { readSessionCookie } from './session-cookie';

/** Any signed-in user. */
export const ANY_ROLE: readonly Role[] = ['reviewer', 'supervisor', 'admin', 'auditor'];
/** Those who see case files: everyone but administrators, who manage accounts only. */
export const CASE_READERS: readonly Role[] = ['reviewer', 'supervisor', 'auditor'];
/** Those who change cases. */
export const CASE_WORKERS: readonly Role[] = ['reviewer', 'supervisor'];
export const ADMINS: readonly Role[] = ['admin'];
/** Those who read the audit trail: kept apart from the people whose actions it records. */
export const AUDITORS: readonly Role[] = ['auditor'];

/**
 * The session behind the request, refused unless its user holds one of `roles`. A supervisor
 * or administrator without a second factor is refused everything but setting one up
 * (`beforeSecondFactor` routes).
 */
export async function requireSession(
  c: Context<AppEnv>,
  deps: AppDeps,
  roles: readonly Role[],
  { beforeSecondFactor = false } = {},
): Promise<AuthenticatedSession> {
  const token = readSessionCookie(c);
  const session = token ? await findSession(deps.db, token, deps.clock()) : null;
  if (!session) {
    if (token && (await endedByDeactivation(deps.db, token))) throw accountDeactivated();
    throw sessionEnded();
  }
  c.set('session', session);
  if (!beforeSecondFactor && !session.secondFactor && secondFactorRequired(session.role)) {
    throw secondFactorMissing(session.role);
  }
  if (!roles.includes(session.role)) {
    throw new ServiceError(
      'forbidden',
      `This is not open to the ${ROLE_LABELS[session.role].toLowerCase()} role.`,
    );
  }
  return session;
}
