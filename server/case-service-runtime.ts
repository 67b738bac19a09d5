import type { Clock } from './clock';
import { createApp } from './http/app';
import type { App } from './http/app-env';
import type { Database } from './storage/database';
import { migrate } from './storage/migrate';
import { openDatabase } from './storage/open-database';
import type { SubscriberDirectory } from './subscribers/subscriber-directory';

export interface CaseServiceOptions {
  /** A PostgreSQL server (team deployment). */
  databaseUrl?: string;
  /** The embedded PGlite database folder, used when there is no databaseUrl. */
  dataDir?: string;
  /** The built renderer to serve at `/`. */
  rendererDir?: string;
  /** Mark the session cookie Secure (HTTPS deployments). */
  secureCookies?: boolean;
  clock?: Clock;
  /** Where approved subscriber data is looked up; the demo accounts when absent. */
  directory?: (db: Database) => SubscriberDirectory;
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
    ...(options.directory ? { directory: options.directory(db) } : {}),
  });
  return { app, db, close: () => db.close() };
}
