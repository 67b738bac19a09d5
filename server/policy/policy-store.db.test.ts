import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { currentPolicy, findPolicyVersion } from './policy-store';

const opened: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.drop()));
});

async function database(): Promise<TestDatabase> {
  const t = await createTestDatabase();
  opened.push(t);
  return t;
}

/**
 * Stores version 'v-same' in force from today, with the documents of seeded version `from`:
 * two databases can then hold a version with the same id, name and date but other content.
 */
async function storeSameNamedVersion(t: TestDatabase, from: string): Promise<void> {
  await t.owner.query(
    `INSERT INTO policy_versions (version, effective_from, policy, authority_directory,
                                  based_on, created_at)
     SELECT 'v-same', current_date, jsonb_set(policy, '{version}', '"v-same"'),
            authority_directory, (SELECT max(version) FROM policy_versions),
            '2026-01-01T00:00:00Z'
       FROM policy_versions WHERE version = $1`,
    [from],
  );
}

describe('the policy versions a service reads', () => {
  it('are each database’s own, although parsed copies are kept between reads', async () => {
    const [a, b] = [await database(), await database()];
    const seeded = (
      await a.db.query<{ version: string }>('SELECT version FROM policy_versions ORDER BY id')
    ).map((r) => r.version);
    expect(seeded.length).toBeGreaterThanOrEqual(2);
    const [older, newer] = [seeded[0] ?? '', seeded.at(-1) ?? ''];
    // Read once in each database first, so both versions' parsed copies are kept.
    const olderContent = (await findPolicyVersion(a.db, older))?.policy;
    const newerContent = (await findPolicyVersion(b.db, newer))?.policy;
    await storeSameNamedVersion(a, older);
    await storeSameNamedVersion(b, newer);

    const [inA, inB] = [
      await currentPolicy(a.db, new Date()),
      await currentPolicy(b.db, new Date()),
    ];
    expect([inA.version, inB.version]).toEqual(['v-same', 'v-same']);
    expect(inA.policy).toEqual({ ...olderContent, version: 'v-same' });
    expect(inB.policy).toEqual({ ...newerContent, version: 'v-same' });
    expect(inA.policy).not.toEqual(inB.policy);
    // Two embedded databases are migrated here: slower than one on a busy machine.
  }, 120_000);

  it('cannot be changed by one reader for the next', async () => {
    const t = await database();
    const first = await currentPolicy(t.db, new Date());
    expect(() => {
      (first.policy as { version: string }).version = 'changed';
    }).toThrow(TypeError);
    expect((await currentPolicy(t.db, new Date())).policy.version).toBe(first.version);
  });
});
