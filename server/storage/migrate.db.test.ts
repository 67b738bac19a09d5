import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

let t: TestDatabase | undefined;
afterEach(async () => {
  await t?.drop();
  t = undefined;
});

describe('migrations', () => {
  it('apply once, in order, and record themselves', async () => {
    t = await createTestDatabase({ migrated: false });
    expect(await migrate(t.owner)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(t.owner)).toEqual([]);
    const recorded = await t.db.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(recorded.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('are applied by exactly one of several instances starting together', async () => {
    t = await createTestDatabase({ migrated: false });
    const instances = [t.owner, await t.openAnother('owner'), await t.openAnother('owner')];
    const applied = await Promise.all(instances.map((db) => migrate(db)));
    expect(applied.filter((a) => a.length > 0)).toHaveLength(1);
    expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version).sort());
  });

  it('generate a database id once', async () => {
    t = await createTestDatabase();
    const [row] = await t.db.query<{ database_id: string }>('SELECT database_id FROM installation');
    expect(row?.database_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('roll back entirely when one fails', async () => {
    t = await createTestDatabase({ migrated: false });
    const broken = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'SELECT * FROM nowhere' }];
    await expect(migrate(t.owner, broken)).rejects.toThrow();
    const [row] = await t.owner.query<{ exists: boolean }>(
      "SELECT to_regclass('public.cases') IS NOT NULL AS exists",
    );
    expect(row?.exists).toBe(false);
  });

  it('number the policy versions already stored after every earlier change', async () => {
    t = await createTestDatabase({ migrated: false });
    await migrate(
      t.owner,
      MIGRATIONS.filter((m) => m.version < 6),
    );
    const [before] = await t.owner.query<{ n: string }>(
      "SELECT nextval('case_change_seq')::text AS n",
    );
    await migrate(t.owner);
    const rows = await t.owner.query<{ change_seq: string }>(
      'SELECT change_seq::text AS change_seq FROM policy_versions ORDER BY id',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.change_seq)).size).toBe(rows.length);
    for (const row of rows) expect(BigInt(row.change_seq)).toBeGreaterThan(BigInt(before?.n ?? 0));
    // Still append-only.
    await expect(t.owner.query('UPDATE policy_versions SET change_seq = 0')).rejects.toThrow();
  });

  it('refuse a database whose schema is newer than the service', async () => {
    t = await createTestDatabase();
    await t.owner.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'future')");
    await expect(migrate(t.owner)).rejects.toThrow(/newer than this case service knows/);
  });
});
