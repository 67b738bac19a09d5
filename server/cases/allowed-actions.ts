import {
  availableActions,
  type CaseAction,
  type CaseStatus,
  type Outcome,
} from '../../shared/case-lifecycle';
import { ownershipRefusal, type CaseHold } from '../../shared/case-ownership';
import { MUTATION_ACTIONS } from '../../shared/mutations';
import type { Role } from '../../shared/roles';

/** Lifecycle actions a client can request; the others happen inside the service. */
const REQUESTABLE = new Set<CaseAction>(Object.values(MUTATION_ACTIONS));

/** What this user could do to the case right now, as the mutation route would judge it. */
export function allowedActions(
  status: CaseStatus,
  role: Role,
  outcome: Outcome | null,
  approvalBlockedReason: string | null,
  hold: CaseHold,
  viewerId: string,
  kind?: 'production' | 'preservation',
): CaseAction[] {
  return availableActions(status, role, outcome, kind).filter(
    (action) =>
      REQUESTABLE.has(action) &&
      !(action === 'approve' && approvalBlockedReason !== null) &&
      ownershipRefusal(action, hold, viewerId) === null,
  );
}
