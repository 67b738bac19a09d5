import type { CaseStatus } from '../../shared/case-lifecycle';
import type { CaseSummary } from '../../shared/case-record';

/** Statuses where the authority is still waiting for an answer, so a deadline can pass. */
const OPEN_STATUSES: ReadonlySet<CaseStatus> = new Set([
  'received',
  'in_review',
  'awaiting_information',
  'signed_off',
  'returned',
]);

export function isOverdue(summary: Pick<CaseSummary, 'status' | 'dueAt'>, now: number): boolean {
  return OPEN_STATUSES.has(summary.status) && Date.parse(summary.dueAt) < now;
}
