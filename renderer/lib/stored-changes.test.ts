import 'fake-indexeddb/auto';
import Dexie, { type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { DeskDatabase } from './db';
import { keepNewerServerCopy } from './keep-newer-server-copy';
import { enqueueMutation } from './sync/enqueue';
import { changedKeys, tablePart, touchesCase } from './stored-changes';
import { caseDetail } from './testing/case-fixtures';
import { freshDatabases } from './testing/fresh-databases';

const CASE_A = '3f2b1c5e-8f6a-4c1d-9e2b-7a6d5c4b3a21';
const CASE_B = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const NOW = new Date('2026-11-20T10:00:00Z');

const freshDatabase = freshDatabases('stored-changes');

/** The change events Dexie reports for what `write` does, as every window would receive them. */
async function changesOf(write: (database: DeskDatabase) => Promise<unknown>) {
  const database = freshDatabase();
  await database.open();
  const seen: ObservabilitySet[] = [];
  const listener = (parts: ObservabilitySet) => seen.push(parts);
  Dexie.on('storagemutated', listener);
  try {
    await write(database);
    // Dexie reports on a later task.
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    Dexie.on('storagemutated').unsubscribe(listener);
  }
  return { database, seen };
}

describe('touchesCase', () => {
  it('is true for a write to the case’s stored copy and false for another case’s', async () => {
    const { database, seen } = await changesOf((d) =>
      keepNewerServerCopy(d, caseDetail({ id: CASE_A }), NOW),
    );
    expect(seen.some((parts) => touchesCase(database, parts, CASE_A))).toBe(true);
    expect(seen.some((parts) => touchesCase(database, parts, CASE_B))).toBe(false);
    expect(changedKeys(seen[0]?.[tablePart(database, 'details')])).toEqual([CASE_A]);
  });

  it('is true for any outbox write, whose rows are keyed by seq', async () => {
    const { database, seen } = await changesOf((d) =>
      enqueueMutation(d, { name: 'case.startReview', args: { caseId: CASE_B, version: 1 } }),
    );
    expect(seen.some((parts) => touchesCase(database, parts, CASE_A))).toBe(true);
  });

  it('is true for every case when the stored copies are cleared', async () => {
    const { database, seen } = await changesOf(async (d) => {
      await keepNewerServerCopy(d, caseDetail({ id: CASE_A }), NOW);
      await d.details.clear();
    });
    const cleared = seen.filter(
      (parts) => changedKeys(parts[tablePart(database, 'details')]) === 'all',
    );
    expect(cleared.length).toBeGreaterThan(0);
    expect(cleared.every((parts) => touchesCase(database, parts, CASE_B))).toBe(true);
  });
});
