/** One thing a user did to a case, as the audit log records it. */
export interface CaseParticipation {
  actorId: string | null;
  action: string;
}

/** Actions that make a user part of the review, and so unable to approve it. */
const REVIEW_ACTIONS: Readonly<Record<string, string>> = {
  'order.import': 'You entered this order',
  'case.startReview': 'You reviewed this case',
  'case.saveReview': 'You edited the review of this case',
  'case.requestInformation': 'You reviewed this case',
  'case.resumeReview': 'You reviewed this case',
  'case.reopen': 'You reopened the review of this case',
  'case.claim': 'You held this case for review',
  // The call-back is part of the evidence the approver weighs: its author cannot weigh it.
  'case.recordVerification': 'You recorded a call-back for this case',
};

const SECOND_SUPERVISOR = 'another supervisor must approve it.';

/**
 * Why this user may not approve the case, or null if they may. Four eyes: the approver must
 * have had no hand in what is being approved — not the sign-off, not the review, not even
 * the intake of the order.
 */
export function fourEyesBlock(
  userId: string,
  signedOffBy: string | null,
  participation: readonly CaseParticipation[],
): string | null {
  const own = participation.filter((p) => p.actorId === userId);
  if (signedOffBy === userId || own.some((p) => p.action === 'case.signOff')) {
    return `You signed off this case; ${SECOND_SUPERVISOR}`;
  }
  for (const p of own) {
    const reason = REVIEW_ACTIONS[p.action];
    if (reason !== undefined) return `${reason}; ${SECOND_SUPERVISOR}`;
  }
  return null;
}
