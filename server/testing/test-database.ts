import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../storage/database';
import { migrate } from '../storage/migrate';
import { SERVICE_ROLE } from '../storage/migrations/0011-service-role';
import type { DatabaseLocation } from '../storage/open-database';
import { openPGliteDatabase } from '../storage/pglite-database';
import { openPostgresDatabase } from '../storage/pg-database';

export type TestBackend = 'pglite' | 'postgres';

/** Which database the running vitest project tests against. */
export function testBackend(): TestBackend {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabase {
  /** The case service's view: on PostgreSQL its own role, which does not own the tables. */
  db: Database;
  /** The role that owns the schema and runs migrations; on PGlite the same as `db`. */
  owner: Database;
  /** Opens another connection pool on the same database, as a second instance would. */
  openAnother(as?: 'service' | 'owner'): Promise<Database>;
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
  if (migrated) await migrate(result.owner);
  return result;
}

async function createPGliteDatabase(): Promise<TestDatabase> {
  const db = await openPGliteDatabase();
  return {
    db,
    owner: db,
    openAnother: () => Promise.resolve(db),
    asSuperuser: async (sql) => {
      await db.exec(sql);
    },
    drop: () => db.close(),
  };
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const empty = await createEmptyPostgresDatabase();
  const opened: Database[] = [];
  const open = (url: string) => {
    const db = openPostgresDatabase(url);
    opened.push(db);
    return db;
  };
  const db = open(empty.url);
  const owner = open(empty.ownerUrl);
  let superuser: Database | undefined;
  return {
    db,
    owner,
    openAnother: (as = 'service') =>
      Promise.resolve(open(as === 'owner' ? empty.ownerUrl : empty.url)),
    asSuperuser: async (sql) => {
      superuser ??= open(empty.superuserUrl);
      await superuser.exec(sql);
    },
    drop: async () => {
      await Promise.all(opened.map((d) => d.close()));
      await empty.drop();
    },
  };
}

/** The two login roles of a team deployment, as the README's setup creates them. */
const TEST_OWNER_ROLE = 'desk_test_owner';
const TEST_SERVICE_ROLE = 'desk_test_service';

async function ensureTestRoles(admin: pg.Client): Promise<void> {
  // Several test workers may get here at once; roles are shared by the whole cluster.
  for (const statement of [
    `CREATE ROLE ${SERVICE_ROLE} NOLOGIN`,
    `CREATE ROLE ${TEST_OWNER_ROLE} LOGIN`,
    `CREATE ROLE ${TEST_SERVICE_ROLE} LOGIN IN ROLE ${SERVICE_ROLE}`,
  ]) {
    await admin.query(`DO $$ BEGIN ${statement};
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
  }
}

function withUser(serverUrl: string, user: string, database: string): string {
  const url = new URL(serverUrl);
  url.username = user;
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A new, empty database in the test PostgreSQL cluster, owned by the owner role. `url` signs
 * in as the service role, `ownerUrl` as the owner, `superuserUrl` as the cluster's superuser.
 */
async function createEmptyPostgresDatabase(): Promise<{
  url: string;
  ownerUrl: string;
  superuserUrl: string;
  drop(): Promise<void>;
}> {
  const serverUrl = inject('postgresUrl');
  const name = `desk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await ensureTestRoles(admin);
    await admin.query(`CREATE DATABASE ${name} OWNER ${TEST_OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
  const superuser = new URL(serverUrl);
  superuser.pathname = `/${name}`;
  return {
    url: withUser(serverUrl, TEST_SERVICE_ROLE, name),
    ownerUrl: withUser(serverUrl, TEST_OWNER_ROLE, name),
    superuserUrl: superuser.toString(),
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

/**
 * Where a case service started by the tests keeps the audit key and checkpoints of a
 * PostgreSQL test database: its own folder, named after the database, in the temp folder.
 */
export function postgresAuditDir(databaseUrl: string): string {
  return join(tmpdir(), `disclosure-desk-audit-${new URL(databaseUrl).pathname.slice(1)}`);
}

/** Fresh, empty storage: a new PostgreSQL database, or a new PGlite folder on disk. */
export async function createServiceStorage(): Promise<ServiceStorage> {
  if (testBackend() === 'postgres') {
    const empty = await createEmptyPostgresDatabase();
    return {
      location: { databaseUrl: empty.url, migrationDatabaseUrl: empty.ownerUrl },
      open: () => Promise.resolve(openPostgresDatabase(empty.ownerUrl, 1)),
      remove: async () => {
        await empty.drop();
        await rm(postgresAuditDir(empty.url), { recursive: true, force: true });
      },
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'disclosure-desk-pglite-'));
  return {
    location: { dataDir },
    open: () => openPGliteDatabase(dataDir),
    remove: async () => {
      await rm(dataDir, { recursive: true, force: true });
      // The audit key and checkpoints a service kept beside the folder.
      await rm(`${dataDir}-audit`, { recursive: true, force: true });
    },
  };
}
