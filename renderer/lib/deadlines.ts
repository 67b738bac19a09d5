import type { CaseStatus } from '../../shared/case-lifecycle';
import type { CaseSummary } from '../../shared/case-record';

/** Statuses where the authority is still waiting for an answer, so a deadline can pass. */
export const OPEN_STATUSES: ReadonlySet<CaseStatus> = new Set([
  'received',
  'in_review',
  'awaiting_information',
  'signed_off',
  'returned',
]);

export function isOverdue(summary: Pick<CaseSummary, 'status' | 'dueAt'>, now: number): boolean {
  return OPEN_STATUSES.has(summary.status) && Date.parse(summary.dueAt) < now;
}

const HOUR_MS = 60 * 60 * 1000;

export type DeadlineState = 'overdue' | 'due_soon' | 'on_time' | 'answered';

/** Open cases past their due date, or with less than a day left, must stand out in the queue. */
export function deadlineState(
  summary: Pick<CaseSummary, 'status' | 'dueAt'>,
  now: number,
): DeadlineState {
  if (!OPEN_STATUSES.has(summary.status)) return 'answered';
  const left = Date.parse(summary.dueAt) - now;
  if (left < 0) return 'overdue';
  return left <= 24 * HOUR_MS ? 'due_soon' : 'on_time';
}

/** "2 d 5 h left", "40 min left", "3 h overdue": what a reviewer reads at a glance. */
export function timeLeftLabel(dueAt: string, now: number): string {
  const left = Date.parse(dueAt) - now;
  const span = Math.abs(left);
  const days = Math.floor(span / (24 * HOUR_MS));
  const hours = Math.floor((span % (24 * HOUR_MS)) / HOUR_MS);
  const minutes = Math.floor((span % HOUR_MS) / 60_000);
  const text =
    days > 0 ? `${days} d ${hours} h` : hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`;
  return left < 0 ? `${text} overdue` : `${text} left`;
}
