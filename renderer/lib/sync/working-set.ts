import Dexie from 'dexie';
import type { CaseStatus } from '../../../shared/case-lifecycle';
import type { DeskDatabase } from '../db';
import type { LocalUser } from './local-effects';

/**
 * What a reviewer needs for a day without the network: every case summary (the queue), and
 * the full case (order, review, history) of the cases they can act on — those they hold in
 * review, on hold or returned, the sign-offs awaiting a supervisor, and the next cases to
 * pick up from intake. Closed and decided cases stay summaries until opened; an opened case
 * is kept up to date from then on.
 */
const WORKING_STATUSES: Record<LocalUser['role'], readonly CaseStatus[]> = {
  reviewer: ['in_review', 'awaiting_information', 'returned'],
  supervisor: ['in_review', 'awaiting_information', 'returned', 'signed_off'],
  admin: [],
  auditor: [],
};

/** The next intake cases to hold in full, most urgent first. */
const INTAKE_AHEAD = 25;
/** Full cases fetched per sync run, so a first sync never floods the service. */
export const DETAILS_PER_RUN = 100;

/**
 * Ids of cases whose full copy is missing or older than their summary, most useful first.
 * Full copies are read only for the cases in question: a workstation keeps every case it
 * ever opened, and reading all of them back on every sync would grow with its history.
 */
export async function detailsToFetch(
  database: DeskDatabase,
  user: LocalUser,
  changedIds: readonly string[],
): Promise<string[]> {
  // Keys only: which cases are held in full, without reading a single full copy.
  const held = new Set(await database.details.toCollection().primaryKeys());
  // Cases already held in full and changed since: keep them current first.
  const candidates = (
    await database.summaries.bulkGet(changedIds.filter((id) => held.has(id)))
  ).filter((s) => s !== undefined);

  const statuses = WORKING_STATUSES[user.role];
  if (statuses.length > 0) {
    const working = await database.summaries
      .where('status')
      .anyOf([...statuses])
      .toArray();
    candidates.push(
      ...working.filter((s) => s.assigneeName === user.displayName || s.status === 'signed_off'),
    );
    // The most urgent first, from the index the queue's first screen reads.
    const intake = await database.summaries
      .where('[status+dueAt]')
      .between(['received', Dexie.minKey], ['received', Dexie.maxKey])
      .limit(INTAKE_AHEAD)
      .toArray();
    candidates.push(...intake);
  }

  const unique = [...new Map(candidates.map((s) => [s.id, s])).values()];
  const stored = await database.details.bulkGet(
    unique.filter((s) => held.has(s.id)).map((s) => s.id),
  );
  const storedVersions = new Map(
    stored.filter((d) => d !== undefined).map((d) => [d.id, d.detail.version]),
  );
  return unique
    .filter((s) => (storedVersions.get(s.id) ?? -1) < s.version)
    .map((s) => s.id)
    .slice(0, DETAILS_PER_RUN);
}
