import { mkdir } from 'node:fs/promises';
import type { Database } from './database';
import { lockDataFolder } from './data-folder-lock';
import { openPGliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './pg-database';

export interface DatabaseLocation {
  /** A PostgreSQL connection string: the team server. */
  databaseUrl?: string;
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
