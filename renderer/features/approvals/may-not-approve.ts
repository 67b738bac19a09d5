import type { CaseSummary } from '../../../shared/case-record';

/**
 * Whether the list should mark a case this user had a hand in (entered, held, signed off, or
 * recorded a call-back for): four eyes keeps them from approving it. Only a hint from the
 * mirror — the service decides when the approval is sent.
 */
export function mayNotApprove(
  row: Pick<CaseSummary, 'assigneeId' | 'participantIds'>,
  userId: string | null,
): boolean {
  if (userId === null) return false;
  return row.assigneeId === userId || (row.participantIds ?? []).includes(userId);
}
