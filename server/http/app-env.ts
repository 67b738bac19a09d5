import type { Hono } from 'hono';
import type { Clock } from '../clock';
import type { Database } from '../storage/database';
import type { SubscriberDirectory } from '../subscribers/subscriber-directory';

export interface AppDeps {
  db: Database;
  clock: Clock;
  /** Where approved subscriber data is looked up. */
  directory: SubscriberDirectory;
  /** Mark the session cookie `Secure`: on whenever the service is reached over HTTPS. */
  secureCookies: boolean;
  /** The built renderer to serve at `/`, if any. */
  rendererDir?: string;
}

/** What @hono/node-server passes along with each request; absent when called in-process. */
export interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

export type AppEnv = { Bindings: NodeBindings | undefined };

export type App = Hono<AppEnv>;
