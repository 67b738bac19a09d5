import type { MiddlewareHandler } from 'hono';
import { ServiceError } from '../service-error';

/** Names a browser on the service's own machine uses: always answered. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]', '::1'];

/**
 * The Host names a standalone service answers to: its public origin's, the address it
 * listens on when that is a specific one, and loopback names.
 */
export function allowedHostNames(publicOrigin: string | undefined, listenHost: string): string[] {
  const hosts = new Set(LOOPBACK_HOSTS);
  if (publicOrigin) hosts.add(new URL(publicOrigin).hostname.toLowerCase());
  if (!['0.0.0.0', '::', '[::]'].includes(listenHost)) hosts.add(listenHost.toLowerCase());
  return [...hosts];
}

/**
 * Refuses a request addressed to any other host name. A page on a site whose DNS name is
 * rebound to this service's address would otherwise be same-origin with it, cookies aside.
 * Without a list (the desktop app, which is reached by no network) every host is answered.
 */
export function hostGuard(allowedHosts: readonly string[] | undefined): MiddlewareHandler {
  const allowed = allowedHosts ? new Set(allowedHosts.map((h) => h.toLowerCase())) : undefined;
  return async (c, next) => {
    if (allowed) {
      const hostname = new URL(c.req.url).hostname.toLowerCase();
      if (!allowed.has(hostname)) {
        throw new ServiceError(
          'forbidden',
          'This service is not reached under that name. Use its public address.',
        );
      }
    }
    await next();
  };
}
