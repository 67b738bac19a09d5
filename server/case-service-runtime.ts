import type { Clock } from './clock';
import { createApp } from './http/app';
import type { App } from './http/app-env';
import type { Database } from './storage/database';
import { migrate } from './storage/migrate';
import { openDatabase } from './storage/open-database';

export interface CaseServiceOptions {
  /** A PostgreSQL server (team deployment). */
  databaseUrl?: string;
  /** The embedded PGlite database folder, used when there is no databaseUrl. */
  dataDir?: string;
  /** The built renderer to serve at `/`. */
  rendererDir?: string;
  /** Mark the session cookie Secure (HTTPS deployments). */
  secureCookies?: boolean;
  /** Read the client address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Host names a standalone service answers to. */
  allowedHosts?: readonly string[];
  clock?: Clock;
}

export interface CaseServiceRuntime {
  app: App;
  db: Database;
  close(): Promise<void>;
}

/** Opens the database, brings its schema up to date and builds the HTTP app over it. */
export async function openCaseService(options: CaseServiceOptions): Promise<CaseServiceRuntime> {
  const db = await openDatabase({
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const app = createApp({
    db,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.secureCookies !== undefined ? { secureCookies: options.secureCookies } : {}),
    ...(options.rendererDir ? { rendererDir: options.rendererDir } : {}),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
  });
  return { app, db, close: () => db.close() };
}
