import type { Context } from 'hono';
import type { AppDeps, AppEnv } from './app-env';

/**
 * Who is asking, for the per-address sign-in throttle and the list of sessions: the socket's
 * peer address when served over HTTP, or "local" when the service runs inside the desktop
 * app. X-Forwarded-For is read only when the service is told it stands behind a proxy
 * (TRUST_PROXY): any client can write the header, so only the entry the proxy itself
 * appended, the last one, is believed.
 */
export function clientAddress(c: Context<AppEnv>, deps: Pick<AppDeps, 'trustProxy'>): string {
  if (deps.trustProxy) {
    const forwarded = lastForwardedAddress(c.req.header('x-forwarded-for'));
    if (forwarded) return forwarded;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'local';
}

export function lastForwardedAddress(header: string | undefined): string | undefined {
  const last = header?.split(',').at(-1)?.trim();
  return last && last.length <= 100 ? last : undefined;
}
