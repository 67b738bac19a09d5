import { HOLDABLE_STATUSES } from './case-ownership';
import type { Role } from './roles';

export const CASE_STATUSES = [
  'received',
  'in_review',
  'awaiting_information',
  'signed_off',
  'returned',
  'approved',
  'disclosed',
  'refused',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const STATUS_LABELS: Record<CaseStatus, string> = {
  received: 'Received',
  in_review: 'In review',
  awaiting_information: 'Awaiting information',
  signed_off: 'Signed off',
  returned: 'Returned',
  approved: 'Approved',
  disclosed: 'Disclosed',
  refused: 'Refused',
  closed: 'Closed',
};

export const OUTCOMES = ['disclose', 'partial', 'refuse'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CASE_ACTIONS = [
  'start_review',
  'save_review',
  'request_information',
  'resume_review',
  'sign_off',
  'record_verification',
  'approve',
  'return',
  'reopen',
  'record_disclosure',
  'record_refusal',
  'close',
  'claim',
  'release',
  'assign',
  'extend_preservation',
  'link_production',
  'close_preservation',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

interface ActionRule {
  from: readonly CaseStatus[];
  /** Where the case goes; save_review edits without moving. */
  to: CaseStatus | 'same';
  roles: readonly Role[];
  /** Restricts the action to signed-off decisions with these outcomes. */
  outcomes?: readonly Outcome[];
}

// Supervisors may review cases too; four-eyes then keeps them from approving those cases.
const REVIEWERS: readonly Role[] = ['reviewer', 'supervisor'];
const SUPERVISORS: readonly Role[] = ['supervisor'];

export const ACTION_RULES: Record<CaseAction, ActionRule> = {
  start_review: { from: ['received'], to: 'in_review', roles: REVIEWERS },
  save_review: { from: ['in_review'], to: 'same', roles: REVIEWERS },
  request_information: { from: ['in_review'], to: 'awaiting_information', roles: REVIEWERS },
  resume_review: { from: ['awaiting_information'], to: 'in_review', roles: REVIEWERS },
  sign_off: { from: ['in_review'], to: 'signed_off', roles: REVIEWERS },
  // A call-back may be recorded while the case is open, by whoever made it.
  record_verification: {
    from: ['received', 'in_review', 'awaiting_information', 'returned'],
    to: 'same',
    roles: REVIEWERS,
  },
  approve: { from: ['signed_off'], to: 'approved', roles: SUPERVISORS },
  return: { from: ['signed_off'], to: 'returned', roles: SUPERVISORS },
  reopen: { from: ['returned'], to: 'in_review', roles: REVIEWERS },
  record_disclosure: {
    from: ['approved'],
    to: 'disclosed',
    roles: SUPERVISORS,
    outcomes: ['disclose', 'partial'],
  },
  record_refusal: { from: ['approved'], to: 'refused', roles: SUPERVISORS, outcomes: ['refuse'] },
  close: { from: ['disclosed', 'refused'], to: 'closed', roles: SUPERVISORS },
  // Who holds an open case; shared/case-ownership.ts decides whose turn each one is.
  claim: { from: HOLDABLE_STATUSES, to: 'same', roles: REVIEWERS },
  release: { from: HOLDABLE_STATUSES, to: 'same', roles: REVIEWERS },
  assign: { from: HOLDABLE_STATUSES, to: 'same', roles: SUPERVISORS },
  extend_preservation: { from: ['received'], to: 'same', roles: REVIEWERS },
  // The production order has arrived: the preservation has served its purpose.
  link_production: { from: ['received'], to: 'closed', roles: REVIEWERS },
  close_preservation: { from: ['received'], to: 'closed', roles: REVIEWERS },
};

/** The only actions a preservation request takes; a production order takes none of them. */
export const PRESERVATION_ACTIONS: readonly CaseAction[] = [
  'extend_preservation',
  'link_production',
  'close_preservation',
];

/**
 * Whether an action applies to a case of this kind at all: nothing is reviewed, signed off or
 * disclosed from a preservation request. `kind` is absent on copies cached before
 * preservations, which were all production orders.
 */
export function kindAllows(kind: 'production' | 'preservation' | undefined, action: CaseAction) {
  return PRESERVATION_ACTIONS.includes(action) === (kind === 'preservation');
}

export type TransitionResult =
  | { ok: true; to: CaseStatus }
  | { ok: false; reason: 'invalid_transition' | 'forbidden'; message: string };

/**
 * The case state machine of the design, as one pure function: the server decides with it,
 * the renderer uses it only to show which actions to offer.
 */
export function transition(
  status: CaseStatus,
  action: CaseAction,
  role: Role,
  outcome: Outcome | null,
): TransitionResult {
  const rule = ACTION_RULES[action];
  if (!rule.roles.includes(role)) {
    return {
      ok: false,
      reason: 'forbidden',
      message: `A ${role} may not ${action.replaceAll('_', ' ')} a case.`,
    };
  }
  if (!rule.from.includes(status)) {
    return {
      ok: false,
      reason: 'invalid_transition',
      message: `A case that is ${STATUS_LABELS[status].toLowerCase()} cannot ${action.replaceAll('_', ' ')}.`,
    };
  }
  if (rule.outcomes && (outcome === null || !rule.outcomes.includes(outcome))) {
    return {
      ok: false,
      reason: 'invalid_transition',
      message: `This action does not apply to a case whose decision is ${outcome ?? 'not yet made'}.`,
    };
  }
  return { ok: true, to: rule.to === 'same' ? status : rule.to };
}

export function availableActions(
  status: CaseStatus,
  role: Role,
  outcome: Outcome | null,
  kind?: 'production' | 'preservation',
): CaseAction[] {
  return CASE_ACTIONS.filter((a) => kindAllows(kind, a) && transition(status, a, role, outcome).ok);
}
