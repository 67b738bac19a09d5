import type { Hono } from 'hono';
import type { Clock } from '../clock';
import type { Database } from '../storage/database';

export interface AppDeps {
  db: Database;
  clock: Clock;
  /** Mark the session cookie `Secure`: on whenever the service is reached over HTTPS. */
  secureCookies: boolean;
  /** The built renderer to serve at `/`, if any. */
  rendererDir?: string;
  /** Believe the last X-Forwarded-For entry: the service stands behind a proxy. */
  trustProxy: boolean;
  /** The Host names the service answers to; undefined inside the desktop app (no network). */
  allowedHosts?: readonly string[];
}

/** What @hono/node-server passes along with each request; absent when called in-process. */
export interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

export type AppEnv = { Bindings: NodeBindings | undefined };

export type App = Hono<AppEnv>;
