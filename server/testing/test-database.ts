import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../storage/database';
import { migrate } from '../storage/migrate';
import { openPGliteDatabase } from '../storage/pglite-database';
import { openPostgresDatabase } from '../storage/pg-database';

export type TestBackend = 'pglite' | 'postgres';

/** Which database the running vitest project tests against. */
export function testBackend(): TestBackend {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase {
  db: Database;
  /** Opens another connection pool on the same database, as a second instance would. */
  openAnother(): Promise<Database>;
  /** Runs SQL as a superuser, for tests that play the part of an attacker with disk access. */
  asSuperuser(sql: string): Promise<void>;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database: PGlite in memory, or a new database in the test PostgreSQL
 * cluster. `migrated: false` leaves the schema to the test.
 */
export async function createTestDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  const result =
    testBackend() === 'postgres' ? await createPostgresDatabase() : await createPGliteDatabase();
  if (migrated) await migrate(result.db);
  return result;
}

async function createPGliteDatabase(): Promise<TestDatabase> {
  const db = await openPGliteDatabase();
  return {
    db,
    openAnother: () => Promise.resolve(db),
    asSuperuser: (sql) => db.exec(sql),
    drop: () => db.close(),
  };
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('postgresUrl');
  const name = `desk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const opened: Database[] = [];
  const open = () => {
    const db = openPostgresDatabase(url.toString());
    opened.push(db);
    return db;
  };
  const db = open();
  return {
    db,
    openAnother: () => Promise.resolve(open()),
    asSuperuser: (sql) => db.exec(sql),
    drop: async () => {
      await Promise.all(opened.map((d) => d.close()));
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
