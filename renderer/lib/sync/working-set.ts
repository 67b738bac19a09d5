import type { CaseStatus } from '../../../shared/case-lifecycle';
import type { CaseSummary } from '../../../shared/case-record';
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

/** Ids of cases whose full copy is missing or older than their summary, most useful first. */
export async function detailsToFetch(
  database: DeskDatabase,
  user: LocalUser,
  changedIds: readonly string[],
): Promise<string[]> {
  const wanted: string[] = [];
  const cachedVersions = new Map(
    (await database.details.toArray()).map((d) => [d.id, d.detail.version]),
  );
  const stale = (s: CaseSummary | undefined): s is CaseSummary =>
    s !== undefined && (cachedVersions.get(s.id) ?? -1) < s.version;

  // Cases already held in full and changed since: keep them current first.
  const changedHeld = changedIds.filter((id) => cachedVersions.has(id));
  for (const s of await database.summaries.bulkGet(changedHeld)) if (stale(s)) wanted.push(s.id);

  const statuses = WORKING_STATUSES[user.role];
  if (statuses.length > 0) {
    const working = await database.summaries
      .where('status')
      .anyOf([...statuses])
      .toArray();
    for (const s of working) {
      const mine = s.assigneeName === user.displayName || s.status === 'signed_off';
      if (mine && stale(s)) wanted.push(s.id);
    }
    const intake = await database.summaries.where('status').equals('received').sortBy('dueAt');
    for (const s of intake.slice(0, INTAKE_AHEAD)) if (stale(s)) wanted.push(s.id);
  }
  return [...new Set(wanted)].slice(0, DETAILS_PER_RUN);
}
