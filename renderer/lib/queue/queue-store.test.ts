import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { CaseSummary } from '../../../shared/case-record';
import type { DeskDatabase } from '../db';
import { manySummaries, summary } from '../testing/case-fixtures';
import { announceSummaryChange } from '../sync/summary-events';
import { casesWithTerm, QueueStore, type QueueSnapshot } from './queue-store';
import { freshDatabases } from '../testing/fresh-databases';

const freshDatabase = freshDatabases('queue-store-test');

/** Subscribes and waits until the store says what the test expects. */
function watch(store: QueueStore) {
  const seen: QueueSnapshot[] = [];
  store.subscribe(() => seen.push(store.getSnapshot()));
  return {
    seen,
    until: (ok: (s: QueueSnapshot) => boolean) =>
      vi.waitFor(
        () => {
          if (!ok(store.getSnapshot())) throw new Error('not yet');
        },
        { timeout: 5_000 },
      ),
  };
}

/** A store over a mirror of `count` cases, every one of them read. */
async function readyStore(count: number) {
  const database = freshDatabase();
  await database.summaries.bulkPut(manySummaries(count));
  const { until } = watch(new QueueStore(database, () => null));
  await until((s) => s.phase === 'ready');
  return { database, until };
}

/** What a pull does with a page: store it, then say which rows it stored. */
async function pullPage(database: DeskDatabase, rows: CaseSummary[]): Promise<void> {
  await database.summaries.bulkPut(rows);
  announceSummaryChange({ kind: 'written', rows });
}

describe('QueueStore', () => {
  it('shows the most urgent open cases first, read by index, then every case', async () => {
    const database = freshDatabase();
    const rows = manySummaries(1_200);
    await database.summaries.bulkPut(rows);
    const store = new QueueStore(database, () => null);
    const { seen, until } = watch(store);
    await until((s) => s.phase === 'ready');
    const first = seen.find((s) => s.phase === 'first-screen');
    expect(first).toBeDefined();
    // The first screen holds open cases only, read from the [status+dueAt] index.
    expect(first!.index.rows.length).toBeLessThan(rows.length);
    expect(
      first!.index.rows.every(
        (r) => !['approved', 'disclosed', 'refused', 'closed'].includes(r.status),
      ),
    ).toBe(true);
    expect(store.getSnapshot().index.rows).toHaveLength(rows.length);
  });

  it('takes in the rows a sync writes without reading the whole mirror again', async () => {
    const { database, until } = await readyStore(300);
    // Reading everything goes through count() first; a change must not.
    const wholeReads = vi.spyOn(database.summaries, 'count');
    await pullPage(database, manySummaries(400).slice(300));
    await database.summaries.put(
      summary({ id: 'case-3', reference: 'REF-000003', status: 'closed' }),
    );
    await until((s) => s.index.rows.length === 400);
    await until((s) => s.index.rows.find((r) => r.id === 'case-3')?.status === 'closed');
    // Past the time after which an unexplained change would reopen the queue.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(wholeReads).not.toHaveBeenCalled();
    await database.summaries.delete('case-5');
    await until((s) => s.index.rows.length === 399);
  });

  it('merges the rows a pull announces without reading them back', async () => {
    const { database, until } = await readyStore(100);
    const reads = vi.spyOn(database.summaries, 'bulkGet');
    await pullPage(database, manySummaries(200).slice(100));
    await until((s) => s.index.rows.length === 200);
    expect(reads).not.toHaveBeenCalled();
  });

  it('keeps the rows of cases written again unchanged', async () => {
    const database = freshDatabase();
    const rows = manySummaries(100);
    await database.summaries.bulkPut(rows);
    const store = new QueueStore(database, () => null);
    const { until } = watch(store);
    await until((s) => s.phase === 'ready');
    const shown = store.getSnapshot().index;
    const rowOf = (id: string) => store.getSnapshot().index.rows.find((r) => r.id === id);
    const unchanged = rowOf('case-5');

    // Written again as they were, by a pull and by another write: nothing to show again.
    await pullPage(database, [{ ...rows[5]! }]);
    await database.summaries.put({ ...rows[6]! });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(store.getSnapshot().index).toBe(shown);

    await database.summaries.bulkPut([{ ...rows[5]! }, { ...rows[7]!, status: 'closed' }]);
    await until((s) => s.index.rows.find((r) => r.id === 'case-7')?.status === 'closed');
    expect(rowOf('case-5')).toBe(unchanged);
  });

  it('reads a case from the mirror when another write names it, before or after a pull', async () => {
    const { database, until } = await readyStore(100);
    const [first, second] = manySummaries(102).slice(100);
    const pulled = [
      { ...first!, status: 'received' as const },
      { ...second!, status: 'received' as const },
    ];
    // A newer copy of the first case is stored after the pull's page, and announced later.
    await database.summaries.bulkPut(pulled);
    await database.summaries.put({ ...first!, version: 9, status: 'closed' });
    announceSummaryChange({ kind: 'written', rows: pulled });
    // A newer copy of the second case is stored after the page was announced.
    await database.summaries.put({ ...second!, version: 9, status: 'closed' });
    await until((s) => s.index.rows.length === 102);
    await until((s) =>
      [first!.id, second!.id].every(
        (id) => s.index.rows.find((r) => r.id === id)?.status === 'closed',
      ),
    );
  });

  it('starts again from nothing when the mirror is emptied', async () => {
    const database = freshDatabase();
    await database.summaries.bulkPut(manySummaries(50));
    const store = new QueueStore(database, () => null);
    const { until } = watch(store);
    await until((s) => s.phase === 'ready' && s.index.rows.length === 50);
    await database.summaries.clear();
    // Nothing in this window says what changed: the queue reads the mirror again.
    await until((s) => s.phase === 'ready' && s.index.rows.length === 0);
  });

  it('folds the user’s pending actions over the rows', async () => {
    const database = freshDatabase();
    await database.summaries.put(summary({ id: 'c-1', version: 3, status: 'received' }));
    const user = { id: 'u-1', displayName: 'Ana Reviewer', role: 'reviewer' as const };
    const store = new QueueStore(database, () => user);
    const { until } = watch(store);
    await until((s) => s.phase === 'ready' && s.index.rows.length === 1);
    await database.outbox.put({
      seq: 1,
      caseId: 'c-1',
      queuedAt: '2026-11-30T10:00:00.000Z',
      name: 'case.startReview',
      args: { caseId: 'c-1', version: 3 },
    } as never);
    await until((s) => s.index.rows[0]?.pending === true);
    expect(store.getSnapshot().index.rows[0]).toMatchObject({
      status: 'in_review',
      assigneeId: 'u-1',
    });
  });
});

describe('casesWithTerm', () => {
  it('finds a case by the start of a search term, from the index', async () => {
    const database = freshDatabase();
    await database.summaries.bulkPut([
      summary({ id: 'a', searchTerms: ['+33612345678', 'fraud'] }),
      summary({ id: 'b', searchTerms: ['@jean_dupont'] }),
    ]);
    expect((await casesWithTerm(database, '+336123')).map((r) => r.id)).toEqual(['a']);
    expect((await casesWithTerm(database, '@jean')).map((r) => r.id)).toEqual(['b']);
  });
});
