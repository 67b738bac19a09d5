import type { CaseStatus } from '../../../shared/case-lifecycle';
import type { CaseSummary } from '../../../shared/case-record';
import type { Role } from '../../../shared/roles';

export interface NextCaseUser {
  id: string;
  role: Role;
}

/** The statuses in which a case waits for something this person does. */
export function statusesAwaiting(role: Role): CaseStatus[] {
  if (role === 'supervisor') return ['signed_off'];
  if (role === 'reviewer') return ['received', 'in_review', 'returned'];
  return [];
}

/**
 * Whether the case waits for this person: for a supervisor, a signed-off case they had no hand
 * in as far as the mirror knows (the service judges four eyes when the approval is sent); for
 * a reviewer, a case nobody holds or one they hold.
 */
function awaits(summary: CaseSummary, user: NextCaseUser): boolean {
  if (!statusesAwaiting(user.role).includes(summary.status)) return false;
  if (user.role === 'supervisor') {
    return summary.assigneeId !== user.id && !(summary.participantIds ?? []).includes(user.id);
  }
  const holder = summary.assigneeId ?? null;
  return holder === null || holder === user.id;
}

/** Most urgent first, as the queue lists open cases: the earliest deadline, then emergencies. */
export function byUrgency(a: CaseSummary, b: CaseSummary): number {
  return (
    Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
    Number(b.emergency) - Number(a.emergency) ||
    a.reference.localeCompare(b.reference)
  );
}

/** The case this person should open next, other than the one just finished; null when none. */
export function nextCaseAwaiting(
  summaries: readonly CaseSummary[],
  user: NextCaseUser,
  finishedId: string,
): CaseSummary | null {
  const waiting = summaries.filter((s) => s.id !== finishedId && awaits(s, user));
  return waiting.sort(byUrgency)[0] ?? null;
}

/**
 * The case after the one just finished in the list it was opened from (`listOrder`), skipping
 * cases that do not wait for this person; past the end of the list, or without one, the most
 * urgent case awaiting them.
 */
export function nextCaseInList(
  listOrder: readonly string[] | null,
  summaries: readonly CaseSummary[],
  user: NextCaseUser,
  finishedId: string,
): CaseSummary | null {
  if (listOrder) {
    const waiting = new Map(
      summaries.filter((s) => s.id !== finishedId && awaits(s, user)).map((s) => [s.id, s]),
    );
    for (const id of listOrder.slice(listOrder.indexOf(finishedId) + 1)) {
      const found = waiting.get(id);
      if (found) return found;
    }
  }
  return nextCaseAwaiting(summaries, user, finishedId);
}
