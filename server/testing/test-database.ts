import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../storage/database';
import { migrate } from '../storage/migrate';
import type { DatabaseLocation } from '../storage/open-database';
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
  const empty = await createEmptyPostgresDatabase();
  const opened: Database[] = [];
  const open = () => {
    const db = openPostgresDatabase(empty.url);
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
      await empty.drop();
    },
  };
}

/** A new, empty database in the test PostgreSQL cluster, reached as its superuser. */
async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
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
  return {
    url: url.toString(),
    drop: async () => {
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

/** Where a case service running as its own process keeps its data, for tests that start one. */
export interface ServiceStorage {
  location: DatabaseLocation;
  /**
   * Opens the database in the test's own process, to look at what the service stored. A
   * PGlite folder admits one process at a time: open it only while no service runs on it.
   */
  open(): Promise<Database>;
  remove(): Promise<void>;
}

/** Fresh, empty storage: a new PostgreSQL database, or a new PGlite folder on disk. */
export async function createServiceStorage(): Promise<ServiceStorage> {
  if (testBackend() === 'postgres') {
    const empty = await createEmptyPostgresDatabase();
    return {
      location: { databaseUrl: empty.url },
      open: () => Promise.resolve(openPostgresDatabase(empty.url, 1)),
      remove: () => empty.drop(),
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'disclosure-desk-pglite-'));
  return {
    location: { dataDir },
    open: () => openPGliteDatabase(dataDir),
    remove: () => rm(dataDir, { recursive: true, force: true }),
  };
}
