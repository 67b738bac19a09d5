import { availableActions, type CaseAction } from '../../../shared/case-lifecycle';
import type { CaseDetail, CaseSummary } from '../../../shared/case-record';
import { MUTATION_ACTIONS } from '../../../shared/mutations';
import type { Role } from '../../../shared/roles';
import { reviewOutcome } from '../../../shared/review';
import { transition } from '../../../shared/case-lifecycle';
import { ownershipRefusal } from '../../../shared/case-ownership';
import type { QueuedMutation } from './outbox-records';

export interface LocalUser {
  id: string;
  displayName: string;
  role: Role;
}

export interface FoldOptions {
  /**
   * Apply actions whatever version they were taken on: shows what a refused action would
   * have made of the case, to set beside what the server has.
   */
  ignoreVersions?: boolean;
}

const REQUESTABLE = new Set<CaseAction>(Object.values(MUTATION_ACTIONS));

/**
 * The case as this user will see it once the server accepts `mutation`. The server copy in
 * the mirror is never overwritten with this guess: local state is always re-derived as the
 * server copy plus the actions still pending, so a refusal rolls back by dropping the action.
 * An action the lifecycle would refuse, or one already overtaken by the server copy's
 * version (applied, or bound to be refused as stale), changes nothing here.
 */
export function applyLocally(
  detail: CaseDetail,
  mutation: QueuedMutation,
  user: LocalUser,
  options: FoldOptions = {},
): CaseDetail {
  if (!options.ignoreVersions && mutation.args.version !== detail.version) return detail;
  const step = transition(
    detail.status,
    MUTATION_ACTIONS[mutation.name],
    user.role,
    detail.outcome,
  );
  if (!step.ok) return detail;
  const hold = { assigneeId: detail.assigneeId ?? null, assigneeName: detail.assigneeName };
  if (ownershipRefusal(MUTATION_ACTIONS[mutation.name], hold, user.id) !== null) return detail;
  const next: CaseDetail = { ...detail, status: step.to, version: detail.version + 1 };
  const holder = heldAfter(mutation, user);
  if (holder !== undefined) {
    next.assigneeId = holder.id;
    next.assigneeName = holder.name;
  }
  switch (mutation.name) {
    case 'case.saveReview':
      next.review = mutation.args.review;
      break;
    case 'case.signOff': {
      const outcome = reviewOutcome(detail.review.decisions);
      next.outcome = outcome;
      next.signOff = {
        byUserId: user.id,
        byName: user.displayName,
        at: mutation.queuedAt,
        outcome,
      };
      next.lastReturnComment = null;
      break;
    }
    case 'case.return':
      next.outcome = null;
      next.signOff = null;
      next.lastReturnComment = mutation.args.comment;
      break;
    default:
      break;
  }
  const nextHold = { assigneeId: next.assigneeId ?? null, assigneeName: next.assigneeName };
  next.allowedActions = availableActions(next.status, user.role, next.outcome, next.kind).filter(
    (a) =>
      REQUESTABLE.has(a) &&
      !(a === 'approve' && next.approvalBlockedReason !== null) &&
      ownershipRefusal(a, nextHold, user.id) === null,
  );
  return next;
}

/**
 * Who holds the case once `mutation` is applied, or undefined when it does not change that.
 * An assignment names only an id: the name follows with the server's copy.
 */
function heldAfter(
  mutation: QueuedMutation,
  user: LocalUser,
): { id: string | null; name: string | null } | undefined {
  switch (mutation.name) {
    case 'case.startReview':
    case 'case.reopen':
    case 'case.claim':
      return { id: user.id, name: user.displayName };
    case 'case.release':
      return { id: null, name: null };
    case 'case.assign':
      return {
        id: mutation.args.assigneeId,
        name: mutation.args.assigneeId === user.id ? user.displayName : null,
      };
    default:
      return undefined;
  }
}

/** The server copy with every pending action for it folded over, oldest first. */
export function withPendingDetail(
  detail: CaseDetail,
  pending: readonly QueuedMutation[],
  user: LocalUser,
  options: FoldOptions = {},
): CaseDetail {
  return pending
    .filter((m) => m.caseId === detail.id)
    .reduce((current, m) => applyLocally(current, m, user, options), detail);
}

/**
 * The queue row as it will be: status and version follow the pending actions. Only what the
 * queue shows is derived; a summary has no review to apply.
 */
export function withPendingSummary(
  summary: CaseSummary,
  pending: readonly QueuedMutation[],
  user: LocalUser,
): CaseSummary {
  let current = summary;
  for (const m of pending) {
    if (m.caseId !== summary.id || m.args.version !== current.version) continue;
    const step = transition(current.status, MUTATION_ACTIONS[m.name], user.role, current.outcome);
    if (!step.ok) continue;
    current = { ...current, status: step.to, version: current.version + 1 };
    const holder = heldAfter(m, user);
    if (holder !== undefined) {
      current.assigneeId = holder.id;
      current.assigneeName = holder.name;
    }
    if (m.name === 'case.return') current.outcome = null;
  }
  return current;
}
