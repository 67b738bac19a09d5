import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

let t: TestDatabase;
/** The schema's owner: on PostgreSQL the service's own role may not create tables. */
let db: Database;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  db = t.owner;
  await db.exec('CREATE TABLE tallies (name text PRIMARY KEY, n int NOT NULL)');
});
afterAll(() => t.drop());

const SCRIPT = `
  INSERT INTO tallies VALUES ('a', 1) ON CONFLICT (name) DO UPDATE SET n = tallies.n + 1;
  SELECT set_config('desk.test_marker', (SELECT n FROM tallies WHERE name = 'a')::text, true);
  SELECT name, n, current_setting('desk.test_marker') AS marker FROM tallies ORDER BY name`;

// A script answers with each statement's rows, and each statement sees what the one before
// it did: the audit sealer reads a watermark in one statement and up to it in the next.
describe('a script of statements', () => {
  it('answers with the rows of each statement, alone, opening a transaction or within one', async () => {
    // Alone: PostgreSQL runs the script as one transaction of its own.
    const alone = await db.exec(SCRIPT);
    expect(alone).toEqual([[], [{ set_config: '1' }], [{ name: 'a', n: 1, marker: '1' }]]);
    // As a transaction's first statement: on PostgreSQL it is sent with the BEGIN.
    const opening = await db.transaction((tx) => tx.exec(SCRIPT));
    expect(opening).toEqual([[], [{ set_config: '2' }], [{ name: 'a', n: 2, marker: '2' }]]);
    const within = await db.transaction(async (tx) => {
      await tx.query('SELECT n FROM tallies WHERE name = $1', ['a']);
      return tx.exec(SCRIPT);
    });
    expect(within).toEqual([[], [{ set_config: '3' }], [{ name: 'a', n: 3, marker: '3' }]]);
  });

  it('leaves nothing behind when one of its statements fails inside a transaction', async () => {
    const [before] = await db.query<{ n: number }>("SELECT n FROM tallies WHERE name = 'a'");
    await expect(db.transaction((tx) => tx.exec(`${SCRIPT};\n SELECT 1 / 0`))).rejects.toThrow(
      /division by zero/,
    );
    await expect(
      db.transaction(async (tx) => {
        await tx.exec(SCRIPT);
        await tx.exec("INSERT INTO tallies VALUES ('b', 1); INSERT INTO tallies VALUES ('b', 2)");
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await db.query('SELECT name, n FROM tallies ORDER BY name')).toEqual([
      { name: 'a', n: before?.n },
    ]);
  });
});
