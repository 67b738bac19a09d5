import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { CaseDetail } from '../../shared/case-record';
import { loadCase } from './cases/case-detail-query';
import { keepNewerServerCopy, toSummary } from './keep-newer-server-copy';
import { caseDetail } from './testing/case-fixtures';
import { freshDatabases } from './testing/fresh-databases';

const CASE_ID = '0b7c9e4a-2d51-4f6e-8a3b-5c1d7e9f2a46';
const EARLIER = new Date('2026-11-20T10:00:00Z');
const LATER = new Date('2026-11-20T10:05:00Z');

function detail(version: number, overrides: Partial<CaseDetail> = {}): CaseDetail {
  return caseDetail({ id: CASE_ID, version, ...overrides });
}

const freshDatabase = freshDatabases('server-copy-test');

describe('keepNewerServerCopy', () => {
  it('keeps a newer stored copy and its row over an older one, and returns the newer', async () => {
    const database = freshDatabase();
    await keepNewerServerCopy(database, detail(3, { status: 'in_review' }), LATER);
    const kept = await keepNewerServerCopy(database, detail(2), EARLIER);
    expect(kept).toMatchObject({ detail: { version: 3, status: 'in_review' } });
    expect(kept.storedAt).toBe(LATER.toISOString());
    expect(await database.details.get(CASE_ID)).toEqual(kept);
    expect(await database.summaries.get(CASE_ID)).toMatchObject({
      version: 3,
      status: 'in_review',
    });
  });

  it('writes an equal or newer copy and returns it', async () => {
    const database = freshDatabase();
    await keepNewerServerCopy(database, detail(2), EARLIER);
    for (const copy of [detail(2, { assigneeName: 'Remy Reviewer' }), detail(3)]) {
      const kept = await keepNewerServerCopy(database, copy, LATER);
      expect(kept).toEqual({ id: CASE_ID, detail: copy, storedAt: LATER.toISOString() });
      expect(await database.details.get(CASE_ID)).toEqual(kept);
      expect(await database.summaries.get(CASE_ID)).toEqual(toSummary(copy));
    }
  });

  it('keeps a queue row the pull made newer than the detail, and replaces an equal one', async () => {
    const database = freshDatabase();
    await database.summaries.put(toSummary(detail(4, { status: 'in_review' })));
    await keepNewerServerCopy(database, detail(3), EARLIER);
    // The detail had no stored copy, so it is written; the row stays at the pulled version.
    expect((await database.details.get(CASE_ID))?.detail.version).toBe(3);
    expect(await database.summaries.get(CASE_ID)).toMatchObject({
      version: 4,
      status: 'in_review',
    });

    const equal = detail(4, { status: 'in_review', assigneeName: 'Remy Reviewer' });
    await keepNewerServerCopy(database, equal, LATER);
    expect(await database.summaries.get(CASE_ID)).toEqual(toSummary(equal));
  });
  it('leaves a queue row that says the same unwritten', async () => {
    const database = freshDatabase();
    const copy = detail(2, { status: 'in_review' });
    await database.summaries.put(toSummary(copy));
    const writes = vi.spyOn(database.summaries, 'put');
    await keepNewerServerCopy(database, copy, LATER);
    expect(writes).not.toHaveBeenCalled();
    await keepNewerServerCopy(database, { ...copy, assigneeName: 'Remy Reviewer' }, LATER);
    expect(writes).toHaveBeenCalledTimes(1);
  });
});

describe('loadCase after fetching a case', () => {
  it('shows the newer copy another tab stored while the fetch was under way', async () => {
    const database = freshDatabase();
    const otherTab = freshDatabase(database);
    // The queue row is ahead of the stored copy, so loading the case fetches it.
    await keepNewerServerCopy(database, detail(1), EARLIER);
    await database.summaries.put(toSummary(detail(3, { status: 'in_review' })));

    const loaded = await loadCase(database, CASE_ID, async () => {
      await keepNewerServerCopy(otherTab, detail(3, { status: 'in_review' }), LATER);
      return detail(2);
    });

    expect(loaded.detail).toMatchObject({ version: 3, status: 'in_review' });
    expect(loaded.storedAt).toBe(LATER.toISOString());
    expect((await database.details.get(CASE_ID))?.detail.version).toBe(3);
    expect((await database.summaries.get(CASE_ID))?.version).toBe(3);
  });

  it('stores and shows a fetched copy as new as the queue row, and the row follows it', async () => {
    const database = freshDatabase();
    await keepNewerServerCopy(database, detail(1), EARLIER);
    await database.summaries.put(toSummary(detail(2)));
    const fetched = detail(2, { status: 'in_review', assigneeName: 'Remy Reviewer' });

    const loaded = await loadCase(database, CASE_ID, async () => fetched);

    expect(loaded.detail).toEqual(fetched);
    expect(loaded.storedAt).not.toBe(EARLIER.toISOString());
    expect((await database.details.get(CASE_ID))?.detail).toEqual(fetched);
    expect(await database.summaries.get(CASE_ID)).toEqual(toSummary(fetched));
  });
});
