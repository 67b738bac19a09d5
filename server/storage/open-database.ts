import { mkdir } from 'node:fs/promises';
import type { Database } from './database';
import { migrate } from './migrate';
import { lockDataFolder } from './data-folder-lock';
import { openPGliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './pg-database';

export interface DatabaseLocation {
  /** A PostgreSQL connection string: the team server, signed in as the service role. */
  databaseUrl?: string;
  /**
   * The schema owner's connection string, used only to migrate. Without it migrations run
   * over databaseUrl, which then has to own the schema (a single-role setup).
   */
  migrationDatabaseUrl?: string;
  /** A folder for the embedded PGlite database, used when there is no databaseUrl. */
  dataDir?: string;
}

export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if (location.databaseUrl) return openPostgresDatabase(location.databaseUrl);
  if (!location.dataDir) {
    throw new Error('Give either a PostgreSQL URL or a data folder for the embedded database.');
  }
  await mkdir(location.dataDir, { recursive: true });
  const release = await lockDataFolder(location.dataDir);
  let db: Database;
  try {
    db = await openPGliteDatabase(location.dataDir);
  } catch (error) {
    await release();
    throw error;
  }
  return {
    ...db,
    close: async () => {
      try {
        await db.close();
      } finally {
        await release();
      }
    },
  };
}

/**
 * Brings the schema up to date as its owner: over its own short-lived connection when the
 * owner is a separate role, so the service's connections never hold the owner's rights.
 */
export async function migrateAsOwner(location: DatabaseLocation, db: Database): Promise<void> {
  if (!location.migrationDatabaseUrl) {
    await migrate(db);
    return;
  }
  const owner = openPostgresDatabase(location.migrationDatabaseUrl, 1);
  try {
    await migrate(owner);
  } finally {
    await owner.close();
  }
}
