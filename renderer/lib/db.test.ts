import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskDatabase } from './db';
import { summary } from './testing/case-fixtures';

const NAME = 'desk-schema-upgrade-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('the case mirror schema', () => {
  it('keeps every case of a mirror written with the earlier indexes, and only the indexes a query uses', async () => {
    // The mirror as an earlier version of the app left it.
    const earlier = new Dexie(NAME);
    earlier.version(4).stores({
      summaries:
        'id, status, country, receivedAt, dueAt, reference, authorityName, updatedAt, [status+dueAt], *searchTerms',
    });
    await earlier.open();
    await earlier
      .table('summaries')
      .bulkPut([
        summary({ id: 'c-1', status: 'received', searchTerms: ['tribunal'] }),
        summary({ id: 'c-2', status: 'in_review' }),
      ]);
    earlier.close();

    const database = new DeskDatabase(NAME);
    await database.open();
    expect(await database.summaries.count()).toBe(2);
    const indexes = database.summaries.schema.indexes.map((index) => index.name).sort();
    expect(indexes).toEqual(['[status+dueAt]', 'authorityName', 'searchTerms', 'status']);
    expect(
      (await database.summaries.where('searchTerms').startsWith('trib').toArray()).map((s) => s.id),
    ).toEqual(['c-1']);
    expect(
      (await database.summaries.where('status').equals('in_review').toArray()).map((s) => s.id),
    ).toEqual(['c-2']);
    database.close();
  });
});
