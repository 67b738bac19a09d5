import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

let t: TestDatabase;
/** The schema's owner: on PostgreSQL the service's own role may not create tables. */
let db: Database;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
  db = t.owner;
  await db.exec('CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)');
  await db.exec("INSERT INTO notes VALUES (1, 'first')");
});
afterAll(() => t.drop());

const INSERT = 'INSERT INTO notes (id, body) VALUES ($1, $2)';
const READ = 'SELECT body FROM notes WHERE id = $1';

async function bodyOf(id: number): Promise<string | null> {
  const [row] = await db.query<{ body: string }>(READ, [id]);
  return row?.body ?? null;
}

// On PostgreSQL a statement sent again is prepared once per connection and then sent by name;
// what it answers must not depend on where its preparation happened.
describe('a statement sent again and again', () => {
  it('answers the same whether first sent in a transaction that rolled back or one that failed', async () => {
    for (let round = 0; round < 4; round++) {
      // First sightings inside a transaction that is rolled back: nothing of it stays.
      await expect(
        db.transaction(async (tx) => {
          await tx.query(INSERT, [100 + round, 'rolled back']);
          await tx.query(READ, [100 + round]);
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      // A statement sent after another failed in the same transaction is refused too.
      await expect(
        db.transaction(async (tx) => {
          await tx.query(INSERT, [1, 'duplicate']).catch(() => undefined);
          await tx.query(READ, [1]);
        }),
      ).rejects.toThrow();
      await expect(
        db.transaction(async (tx) => {
          await tx.query('SELECT 1 / $1::int AS x', [0]);
        }),
      ).rejects.toThrow();
      await db.transaction((tx) => tx.query(INSERT, [200 + round, `kept ${round}`]));
    }
    for (let round = 0; round < 4; round++) {
      expect(await bodyOf(100 + round)).toBeNull();
      expect(await bodyOf(200 + round)).toBe(`kept ${round}`);
    }
    expect(await bodyOf(1)).toBe('first');
    const [{ x } = { x: 0 }] = await db.query<{ x: number }>('SELECT 1 / $1::int AS x', [1]);
    expect(x).toBe(1);
  });

  it('runs again after a use whose parameter the database refused', async () => {
    for (let round = 0; round < 4; round++) {
      await expect(db.query(READ, ['not a number'])).rejects.toThrow();
      expect(await bodyOf(1)).toBe('first');
    }
  });

  it('sees a column added after it was first sent', async () => {
    const read = 'SELECT id, body FROM notes WHERE id = $1';
    for (let n = 0; n < 8; n++) await db.query(read, [1]);
    await db.exec("ALTER TABLE notes ADD COLUMN tag text NOT NULL DEFAULT 'none'");
    expect(await db.query(read, [1])).toEqual([{ id: 1, body: 'first' }]);
    expect(await db.query('SELECT tag FROM notes WHERE id = $1', [1])).toEqual([{ tag: 'none' }]);
  });
});
