import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../shared/case-record';
import type { DeskDatabase } from '../db';
import { caseDetail, summary } from '../testing/case-fixtures';
import type { LocalUser } from './local-effects';
import { DETAILS_PER_RUN, detailsToFetch } from './working-set';
import { freshDatabases } from '../testing/fresh-databases';

const freshDatabase = freshDatabases('working-set-test');

const reviewer: LocalUser = { id: 'u-1', displayName: 'Ada Reviewer', role: 'reviewer' };
const supervisor: LocalUser = { id: 'u-2', displayName: 'Sam Supervisor', role: 'supervisor' };

/** Stores the summaries, and a full copy of each case in `held` at the version given. */
async function desk(
  summaries: CaseSummary[],
  held: Record<string, number> = {},
): Promise<DeskDatabase> {
  const database = freshDatabase();
  await database.summaries.bulkPut(summaries);
  await database.details.bulkPut(
    Object.entries(held).map(([id, version]) => ({
      id,
      detail: caseDetail({ ...summaries.find((s) => s.id === id), version }),
      storedAt: '2026-11-30T10:00:00.000Z',
    })),
  );
  return database;
}

const due = (day: number) => `2026-12-${String(day).padStart(2, '0')}T16:00:00.000Z`;

describe('the full cases a sync fetches', () => {
  it('puts changed copies first, then the cases in hand, then the most urgent intake', async () => {
    const database = await desk(
      [
        summary({ id: 'closed-held', status: 'closed', version: 5 }),
        summary({ id: 'closed-other', status: 'closed', version: 3 }),
        summary({ id: 'mine', status: 'in_review', assigneeName: reviewer.displayName }),
        summary({ id: 'theirs', status: 'in_review', assigneeName: 'Someone Else' }),
        summary({ id: 'intake-late', dueAt: due(20) }),
        summary({ id: 'intake-soon', dueAt: due(5) }),
        summary({ id: 'intake-held', dueAt: due(1), version: 2 }),
      ],
      { 'closed-held': 4, 'intake-held': 2 },
    );
    const ids = await detailsToFetch(database, reviewer, [
      'intake-soon',
      'closed-other',
      'closed-held',
    ]);
    // A changed case not held in full stays a summary; a held copy that is current is kept.
    expect(ids).toEqual(['closed-held', 'mine', 'intake-soon', 'intake-late']);
  });

  it('asks for nothing when every copy it needs is current', async () => {
    const database = await desk(
      [
        summary({ id: 'mine', status: 'returned', assigneeName: reviewer.displayName, version: 7 }),
        summary({ id: 'intake', version: 1 }),
      ],
      { mine: 7, intake: 1 },
    );
    expect(await detailsToFetch(database, reviewer, ['mine', 'intake'])).toEqual([]);
  });

  it('gives a supervisor the sign-offs awaiting approval, whoever prepared them', async () => {
    const database = await desk([
      summary({ id: 'signed', status: 'signed_off', assigneeName: 'Ada Reviewer' }),
      summary({ id: 'held-back', status: 'awaiting_information', assigneeName: 'Ada Reviewer' }),
    ]);
    expect(await detailsToFetch(database, supervisor, [])).toEqual(['signed']);
    expect(await detailsToFetch(database, reviewer, [])).toEqual(['held-back']);
    expect(
      await detailsToFetch(database, { id: 'u-3', displayName: 'Al', role: 'auditor' }, []),
    ).toEqual([]);
  });

  it('holds the 25 most urgent intake cases, and fetches at most a run’s worth', async () => {
    const intake = Array.from({ length: 40 }, (_, n) =>
      summary({ id: `intake-${String(n).padStart(2, '0')}`, dueAt: due(30 - (n % 28)) }),
    );
    const database = await desk(intake);
    const ids = await detailsToFetch(database, reviewer, []);
    const byUrgency = [...intake]
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id))
      .map((s) => s.id);
    expect(ids).toEqual(byUrgency.slice(0, 25));

    const changed = Array.from({ length: DETAILS_PER_RUN + 20 }, (_, n) =>
      summary({ id: `old-${String(n).padStart(3, '0')}`, status: 'closed', version: 2 }),
    );
    const busy = await desk(changed, Object.fromEntries(changed.map((s) => [s.id, 1])));
    const many = await detailsToFetch(
      busy,
      reviewer,
      changed.map((s) => s.id),
    );
    expect(many).toEqual(changed.slice(0, DETAILS_PER_RUN).map((s) => s.id));
  });

  it('reads back only the full copies in question, however many the workstation keeps', async () => {
    const opened = Array.from({ length: 500 }, (_, n) =>
      summary({ id: `opened-${n}`, status: 'closed', version: 3 }),
    );
    const database = await desk(
      [...opened, summary({ id: 'mine', status: 'in_review', assigneeName: reviewer.displayName })],
      { ...Object.fromEntries(opened.map((s) => [s.id, 3])), mine: 1 },
    );
    const read: string[] = [];
    database.details.hook('reading', (stored) => {
      read.push(stored.id);
      return stored;
    });
    expect(await detailsToFetch(database, reviewer, ['opened-7'])).toEqual([]);
    expect(read.sort()).toEqual(['mine', 'opened-7']);
  });
});
