import type { MiddlewareHandler } from 'hono';
import { API } from '../../shared/api';
import { recordRefusal } from '../audit/refusal-events';
import { ServiceError } from '../service-error';
import type { AppDeps, AppEnv } from './app-env';

/**
 * After a signed-in request was refused for four eyes, its role or a missing password
 * confirmation, records that in the audit trail. Anonymous refusals are not recorded: they
 * would let anyone on the network grow the trail. A wrong password at re-authentication is
 * recorded by the sign-in code itself.
 */
export function recordRefusals(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const error = c.error;
    const session = c.get('session');
    if (!(error instanceof ServiceError) || !session) return;
    if (c.req.path === API.reauthenticate.path) return;
    await recordRefusal(
      deps.db,
      session,
      error,
      {
        via: 'http',
        attempted: c.get('attempted') ?? `${c.req.method} ${c.req.path}`,
        caseId: c.get('caseId') ?? null,
      },
      deps.clock(),
    );
  };
}
