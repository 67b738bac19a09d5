import type { Context } from 'hono';
import type { AppEnv } from './app-env';

/**
 * Who is asking, for the per-client login throttle: the socket's peer address when served
 * over HTTP, or "local" when the service runs inside the desktop app. Forwarded-for headers
 * are ignored: any client can write them.
 */
export function clientAddress(c: Context<AppEnv>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'local';
}
