import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlKey } from '../storage/migrations/0010-accounts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { normaliseForComparison } from '../../shared/visible-text';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('the order key in SQL, for cases imported before it existed', () => {
  it('normalises as the service does', async () => {
    const [encoding] = await t.db.query<{ server_encoding: string }>('SHOW server_encoding');
    // Only a UTF-8 database can normalise; the migration leaves others' earlier cases alone.
    if (encoding?.server_encoding !== 'UTF8') return;
    const samples = [
      'PAR-2026-0042',
      'PAR\u20112026\u20110042',
      ' par-2026-\u200B0042\u202C ',
      'ＰＡＲ－２０２６－００４２',
      'Tribunal\u00A0 judiciaire\tde   Paris',
      'É\uFEFFé\u0301 ﬁle',
    ];
    for (const sample of samples) {
      const [row] = await t.db.query<{ key: string }>(`SELECT ${sqlKey('$1::text')} AS key`, [
        sample,
      ]);
      expect(row?.key, sample).toBe(normaliseForComparison(sample));
    }
  });
});
