import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CasePage } from '../../../shared/api';
import { claimMirror, readMeta } from '../db';
import { summary } from '../testing/case-fixtures';
import { seedPolicyRecord } from '../testing/policy-fixture';
import { applyCasePage } from './apply-page';
import { pullCases } from './pull';
import { freshDatabases } from '../testing/fresh-databases';

const freshDatabase = freshDatabases('apply-page-test');

function page(overrides: Partial<CasePage> = {}): CasePage {
  return { databaseId: 'db-A', cursor: '10', hasMore: false, cases: [summary()], ...overrides };
}

describe('applyCasePage', () => {
  it('stores the cases together with the cursor and database id', async () => {
    const database = freshDatabase();
    const result = await applyCasePage(database, page(), undefined);
    expect(result).toEqual({ kind: 'applied', changedIds: ['c-1'], policyChanged: false });
    expect(await database.summaries.count()).toBe(1);
    expect(await readMeta(database, 'cursor')).toBe('10');
    expect(await readMeta(database, 'databaseId')).toBe('db-A');
  });

  it('writes nothing when the transaction fails: cases and cursor stay together', async () => {
    const database = freshDatabase();
    await applyCasePage(database, page(), undefined);
    // A case without an id cannot be stored; the whole page must be rolled back with its cursor.
    const broken = page({
      cursor: '20',
      cases: [summary({ id: 'c-2' }), { ...summary(), id: undefined as unknown as string }],
    });
    await expect(applyCasePage(database, broken, '10')).rejects.toThrow();
    expect(await readMeta(database, 'cursor')).toBe('10');
    expect(await database.summaries.get('c-2')).toBeUndefined();
  });

  it('empties the mirror when the server is a different database', async () => {
    const database = freshDatabase();
    await applyCasePage(database, page({ policy: seedPolicyRecord() }), undefined);
    await database.details.put({
      id: 'c-1',
      detail: {} as never,
      storedAt: '2026-11-20T00:00:00Z',
    });

    const foreign = page({ databaseId: 'db-B', cursor: '3', cases: [summary({ id: 'x-9' })] });
    expect(await applyCasePage(database, foreign, '10')).toEqual({ kind: 'reset' });
    expect(await database.summaries.count()).toBe(0);
    expect(await database.details.count()).toBe(0);
    expect(await database.policies.count()).toBe(0);
    expect(await readMeta(database, 'cursor')).toBeUndefined();
  });

  it('stores the policy a page carries with its cursor, and says when it is new', async () => {
    const database = freshDatabase();
    const first = await applyCasePage(database, page({ policy: seedPolicyRecord() }), undefined);
    expect(first).toMatchObject({ kind: 'applied', policyChanged: true });
    const again = await applyCasePage(
      database,
      page({ cursor: '11', policy: seedPolicyRecord() }),
      '10',
    );
    expect(again).toMatchObject({ kind: 'applied', policyChanged: false });

    const edited = seedPolicyRecord({ version: '2026-12-01' });
    const broken = page({
      cursor: '12',
      policy: edited,
      cases: [{ ...summary(), id: undefined as unknown as string }],
    });
    // A page that fails leaves the earlier policy in force with the earlier cursor.
    await expect(applyCasePage(database, broken, '11')).rejects.toThrow();
    expect((await database.policies.get('current'))?.record.version).toBe(
      seedPolicyRecord().version,
    );
    expect(await readMeta(database, 'cursor')).toBe('11');

    const next = await applyCasePage(database, page({ cursor: '12', policy: edited }), '11');
    expect(next).toMatchObject({ kind: 'applied', policyChanged: true });
    expect((await database.policies.get('current'))?.record.version).toBe('2026-12-01');
  });

  it('drops a page requested with a cursor that another pull has since moved', async () => {
    const database = freshDatabase();
    await applyCasePage(database, page(), undefined);
    const outdated = page({ cursor: '15', cases: [summary({ id: 'c-3' })] });
    expect(await applyCasePage(database, outdated, '5')).toEqual({ kind: 'superseded' });
    expect(await database.summaries.get('c-3')).toBeUndefined();
  });
});

describe('pullCases', () => {
  it('follows pages until hasMore is false, sending each cursor', async () => {
    const database = freshDatabase();
    const sent: (string | undefined)[] = [];
    const pages = [
      page({ cursor: '1', hasMore: true, cases: [summary({ id: 'a' })] }),
      page({ cursor: '2', hasMore: false, cases: [summary({ id: 'b' })] }),
    ];
    const result = await pullCases(database, async (cursor) => {
      sent.push(cursor);
      return pages[sent.length - 1]!;
    });
    expect(sent).toEqual([undefined, '1']);
    expect(result.changedIds.sort()).toEqual(['a', 'b']);
    expect(await readMeta(database, 'cursor')).toBe('2');
  });

  it('restarts from scratch after a database reset', async () => {
    const database = freshDatabase();
    await applyCasePage(
      database,
      page({ cursor: '40', cases: [summary({ id: 'old' })] }),
      undefined,
    );
    const sent: (string | undefined)[] = [];
    const result = await pullCases(database, async (cursor) => {
      sent.push(cursor);
      return page({ databaseId: 'db-B', cursor: '7', cases: [summary({ id: 'new' })] });
    });
    expect(sent).toEqual(['40', undefined]);
    expect(result).toEqual({ changedIds: ['new'], reset: true, policyChanged: false });
    expect((await database.summaries.toArray()).map((s) => s.id)).toEqual(['new']);
    expect(await readMeta(database, 'databaseId')).toBe('db-B');
  });
});

describe('claimMirror', () => {
  it('keeps the mirror for the same user and empties it for another', async () => {
    const database = freshDatabase();
    expect(await claimMirror(database, 'user-1')).toBe(false);
    await applyCasePage(database, page(), undefined);
    expect(await claimMirror(database, 'user-1')).toBe(false);
    expect(await database.summaries.count()).toBe(1);

    expect(await claimMirror(database, 'user-2')).toBe(true);
    expect(await database.summaries.count()).toBe(0);
    expect(await readMeta(database, 'cursor')).toBeUndefined();
    expect(await readMeta(database, 'ownerId')).toBe('user-2');
  });

  it('survives a database reset, which clears only the sync position', async () => {
    const database = freshDatabase();
    await claimMirror(database, 'user-1');
    await applyCasePage(database, page(), undefined);
    await applyCasePage(database, page({ databaseId: 'db-B' }), '10');
    expect(await readMeta(database, 'ownerId')).toBe('user-1');
  });
});
