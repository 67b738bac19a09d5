import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CasePage } from '../../../shared/api';
import { OfflineError } from '../api-errors';
import { readMeta } from '../db';
import { summary } from '../testing/case-fixtures';
import { FIRST_PAGE_LIMIT, PAGE_LIMIT, pullCases, type PullProgress } from './pull';
import { freshDatabases } from '../testing/fresh-databases';

const freshDatabase = freshDatabases('pull-progress');

/** Five cases served two at a time, as a server with a page limit of 2 would. */
function pages(): Map<string | undefined, CasePage> {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const result = new Map<string | undefined, CasePage>();
  for (let start = 0; start < ids.length; start += 2) {
    const chunk = ids.slice(start, start + 2);
    const remaining = ids.length - start - chunk.length;
    // As the server does: the count comes with the first page of a first sync only.
    result.set(start === 0 ? undefined : String(start), {
      databaseId: 'db-A',
      cursor: String(start + chunk.length),
      hasMore: remaining > 0,
      ...(start === 0 ? { remaining } : {}),
      cases: chunk.map((id) => summary({ id })),
    });
  }
  return result;
}

describe('a first sync in pages', () => {
  it('reports how many cases arrived and how many follow, for the progress bar', async () => {
    const database = freshDatabase();
    const served = pages();
    const seen: PullProgress[] = [];
    await pullCases(
      database,
      async (cursor) => served.get(cursor)!,
      () => false,
      (p) => seen.push(p),
    );
    expect(seen).toEqual([
      { applied: 2, remaining: 3 },
      { applied: 4, remaining: 1 },
      { applied: 5, remaining: 0 },
    ]);
  });

  it('asks for a small first page, then doubles the page up to the largest', async () => {
    const database = freshDatabase();
    const served = pages();
    const limits: number[] = [];
    await pullCases(database, async (cursor, limit) => {
      limits.push(limit);
      return served.get(cursor)!;
    });
    expect(limits).toEqual([FIRST_PAGE_LIMIT, FIRST_PAGE_LIMIT * 2, FIRST_PAGE_LIMIT * 4]);
    expect(Math.max(...limits)).toBeLessThanOrEqual(PAGE_LIMIT);
    expect(await database.summaries.count()).toBe(5);
  });

  it('keeps every page applied before the connection dropped, and resumes after them', async () => {
    const database = freshDatabase();
    const served = pages();
    await expect(
      pullCases(database, async (cursor) => {
        if (cursor === '4') throw new OfflineError();
        return served.get(cursor)!;
      }),
    ).rejects.toThrow(OfflineError);
    expect(await database.summaries.count()).toBe(4);
    const seen: PullProgress[] = [];
    expect(await readMeta(database, 'cursor')).toBe('4');

    const asked: (string | undefined)[] = [];
    await pullCases(
      database,
      async (cursor) => {
        asked.push(cursor);
        return served.get(cursor)!;
      },
      () => false,
      (p) => seen.push(p),
    );
    expect(asked).toEqual(['4']);
    expect(seen).toEqual([{ applied: 1, remaining: 0 }]);
    expect(await database.summaries.count()).toBe(5);
  });
});
