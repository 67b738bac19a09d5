/** One thing a user did to a case, as the audit log records it. */
export interface CaseParticipation {
  actorId: string | null;
  action: string;
}

/** Actions that make a user one of the case's reviewers, whoever holds it now. */
const REVIEW_ACTIONS: Readonly<Record<string, string>> = {
  'case.startReview': 'You reviewed this case',
  'case.saveReview': 'You edited the review of this case',
  'case.requestInformation': 'You reviewed this case',
  'case.resumeReview': 'You reviewed this case',
  'case.reopen': 'You reopened the review of this case',
  'case.claim': 'You held this case for review',
};

/** Actions that make a user part of the case, and so unable to approve it. */
const APPROVAL_BARRING_ACTIONS: Readonly<Record<string, string>> = {
  'order.import': 'You entered this order',
  ...REVIEW_ACTIONS,
  // The call-back is part of the evidence the approver weighs: its author cannot weigh it.
  'case.recordVerification': 'You recorded a call-back for this case',
};

/** Why this action makes its actor one of the case's reviewers, or undefined if it does not. */
function reviewingReason(action: string): string | undefined {
  return action === 'case.signOff' ? 'You signed off this case' : REVIEW_ACTIONS[action];
}

/**
 * Everyone who reviewed or signed off the case, at any time: the second person a call-back
 * needs is someone outside this set, however the case has changed hands since.
 */
export function reviewParticipants(participation: readonly CaseParticipation[]): string[] {
  const ids = participation
    .filter((p) => reviewingReason(p.action) !== undefined)
    .map((p) => p.actorId)
    .filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

/**
 * Why this user may not record a call-back for the case, or null if they may: whoever holds
 * it, or ever reviewed or signed it off, is not the second person the call-back stands for.
 */
export function callBackBlock(
  userId: string,
  holderId: string | null,
  signedOffBy: string | null,
  participation: readonly CaseParticipation[],
): string | null {
  const own = participation.filter((p) => p.actorId === userId);
  const reason =
    userId === holderId
      ? 'You hold this case'
      : userId === signedOffBy
        ? reviewingReason('case.signOff')
        : own.map((p) => reviewingReason(p.action)).find((r) => r !== undefined);
  return reason === undefined ? null : `${reason}; ${CALL_BACK_BY_SOMEONE_ELSE}`;
}

const CALL_BACK_BY_SOMEONE_ELSE =
  'a call-back must be recorded by someone who took no part in its review.';

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
    const reason = APPROVAL_BARRING_ACTIONS[p.action];
    if (reason !== undefined) return `${reason}; ${SECOND_SUPERVISOR}`;
  }
  return null;
}
