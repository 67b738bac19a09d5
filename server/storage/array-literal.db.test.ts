import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { arrayLiteral } from './array-literal';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ migrated: false });
});
afterAll(() => t.drop());

async function elements(values: readonly string[], type: 'text' | 'uuid' = 'text') {
  const rows = await t.db.query<{ value: string }>(
    `SELECT value::text AS value FROM unnest($1::${type}[]) WITH ORDINALITY AS e(value, n)
      ORDER BY n`,
    [arrayLiteral(values)],
  );
  return rows.map((r) => r.value);
}

describe('arrayLiteral read by the database', () => {
  it('gives back each element as given, even one that would break an unquoted literal', async () => {
    const hostile = ['a,b', '{c}', '"', 'back\\slash', '', ' spaced ', 'tab\there', 'NULL', 'é'];
    expect(await elements(hostile)).toEqual(hostile);
    expect(await elements([])).toEqual([]);
  });

  it('serves a uuid array', async () => {
    const ids = ['3f2b1c5e-8f6a-4c1d-9e2b-7a6d5c4b3a21', '0b7c9e4a-2d51-4f6e-8a3b-5c1d7e9f2a46'];
    expect(await elements(ids, 'uuid')).toEqual(ids);
  });

  it('gives back any list of strings unchanged', async () => {
    // PostgreSQL text holds no NUL character, whatever the quoting.
    const text = fc.string({ unit: 'binary' }).filter((s) => !s.includes('\u0000'));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { maxLength: 8 }), async (values) => {
        expect(await elements(values)).toEqual(values);
      }),
      { numRuns: 200 },
    );
  });
});
