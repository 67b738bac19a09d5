import { z } from 'zod';
import type { CaseAction, CaseStatus } from './case-lifecycle';

/** Statuses in which a case has a holder who may be changed: before a sign-off freezes it. */
export const HOLDABLE_STATUSES: readonly CaseStatus[] = [
  'received',
  'in_review',
  'awaiting_information',
  'returned',
];

/** Actions that edit the review itself: only the holder may take them. */
const HOLDER_ONLY: ReadonlySet<CaseAction> = new Set([
  'save_review',
  'request_information',
  'sign_off',
]);

/** Actions that make the actor the holder: refused when someone else holds the case. */
const TAKES_HOLD: ReadonlySet<CaseAction> = new Set([
  'start_review',
  'resume_review',
  'reopen',
  'claim',
]);

export interface CaseHold {
  assigneeId: string | null;
  assigneeName: string | null;
}

/**
 * Why `actorId` may not take `action` on a case held as `hold`, or null when they may.
 * The lifecycle decides whether the action applies at all; this decides whose it is.
 * Holding is per account: a second account of the same person is someone else.
 */
export function ownershipRefusal(
  action: CaseAction,
  hold: CaseHold,
  actorId: string,
): string | null {
  const heldByOther = hold.assigneeId !== null && hold.assigneeId !== actorId;
  const holder = hold.assigneeName ?? 'another reviewer';
  if (HOLDER_ONLY.has(action)) {
    if (hold.assigneeId === null) return 'Nobody holds this case: claim it before changing it.';
    if (heldByOther) return `${holder} holds this case: only they may change it.`;
  }
  if (TAKES_HOLD.has(action) && heldByOther) {
    return `${holder} holds this case: ask a supervisor to reassign it.`;
  }
  if (action === 'claim' && hold.assigneeId === actorId) return 'You already hold this case.';
  if (action === 'release' && hold.assigneeId !== actorId) {
    return 'Only the holder of a case may release it.';
  }
  return null;
}

/** Someone a case can be given to: an active reviewer or supervisor. */
export const CaseHolder = z.object({ id: z.string(), displayName: z.string(), role: z.string() });
export type CaseHolder = z.infer<typeof CaseHolder>;

export const CaseReassignment = z
  .object({ toUserId: z.uuid('choose the person who takes these cases') })
  .strict();
export type CaseReassignment = z.infer<typeof CaseReassignment>;
