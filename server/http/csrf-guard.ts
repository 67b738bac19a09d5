import type { MiddlewareHandler } from 'hono';
import { ServiceError } from '../service-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a state-changing request comes from another site. Browsers send Origin with every
 * cross-origin POST, PATCH or DELETE; a request without it comes from a non-browser client
 * and carries no ambient cookie risk. Hosts are compared rather than whole origins because a
 * TLS-terminating proxy changes the scheme the service sees, never the host it is asked for.
 */
export function isCrossSiteWrite(
  method: string,
  requestUrl: string,
  origin: string | undefined,
  fetchSite: string | undefined,
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (fetchSite === 'cross-site') return true;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== new URL(requestUrl).host;
  } catch {
    // "null" (sandboxed frames, privacy redirects) and garbage are not this origin.
    return true;
  }
}

export const csrfGuard: MiddlewareHandler = async (c, next) => {
  const origin = c.req.header('origin');
  const fetchSite = c.req.header('sec-fetch-site');
  if (isCrossSiteWrite(c.req.method, c.req.url, origin, fetchSite)) {
    throw new ServiceError('forbidden', 'Requests from other sites are refused.');
  }
  await next();
};
