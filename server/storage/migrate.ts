import type { Database } from './database';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

/** Any constant works, as long as nothing else in the database uses it as an advisory lock. */
const MIGRATION_LOCK = 727_193_004_171;

/**
 * Brings the schema up to date in one transaction. Instances that start together queue on
 * an advisory lock, so exactly one applies each migration and the others find it recorded.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    const known = new Set(migrations.map((m) => m.version));
    const unknown = [...applied].filter((v) => !known.has(v));
    if (unknown.length > 0) {
      throw new Error(
        `The database has schema version ${Math.max(...unknown)}, newer than this case service knows; update the service.`,
      );
    }
    const pending = [...migrations]
      .sort((a, b) => a.version - b.version)
      .filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    return pending.map((m) => m.version);
  });
}
