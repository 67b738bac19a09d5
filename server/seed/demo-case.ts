import type { CaseStatus, Outcome } from '../../shared/case-lifecycle';
import type { DisclosureRecord } from '../../shared/case-record';
import type { Order } from '../../shared/order';
import {
  CHECK_KEYS,
  emptyChecks,
  initialDecisions,
  reviewOutcome,
  type CheckKey,
  type Review,
} from '../../shared/review';
import type { JsonValue } from '../audit/canonical-json';
import { approvedItems } from '../cases/approved-items';
import { placeholderDueDate } from '../cases/placeholder-due-date';
import type { DemoOffence } from './demo-offences';
import type { SeededRandom } from './seeded-random';

export interface DemoActor {
  /** Null for the seeding tool itself, which enters orders when there is no team yet. */
  id: string | null;
  username: string;
}

const SEED_ACTOR: DemoActor = { id: null, username: 'demo-seed' };

function personId(actor: DemoActor): string {
  if (actor.id === null) throw new Error('only a person can act on a case after intake');
  return actor.id;
}

export interface DemoActors {
  reviewers: readonly DemoActor[];
  supervisors: readonly DemoActor[];
}

export interface DemoEvent {
  at: Date;
  actor: DemoActor;
  action: string;
  details: { [key: string]: JsonValue };
}

/** A case with its whole history, ready to be written. */
export interface DemoCase {
  id: string;
  status: CaseStatus;
  order: Order;
  review: Review;
  dueAt: string;
  assigneeId: string | null;
  importedBy: string | null;
  signOff: { by: string; at: Date; outcome: Outcome } | null;
  lastReturnComment: string | null;
  disclosure:
    (Omit<DisclosureRecord, 'approvedByName' | 'approvedAt'> & { approvedAt: Date }) | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  events: DemoEvent[];
}

const JUDICIAL = new Set(['court_order', 'warrant', 'judges_order']);

const PASS_NOTES: Record<CheckKey, string> = {
  instrument: 'Signed order of a judge.',
  jurisdiction: 'Competent authority; route accepted for this country.',
  suspect: 'Every target is named as a suspect by an exact identifier.',
  tos_violation: 'The offence is prohibited by the Terms of Service.',
  scope: 'Only IP addresses within the window and phone numbers.',
  authenticity: 'Verified by call-back to the registry number of the authority.',
};

/** The checks this order fails, with the note a reviewer would write. */
function failedChecks(order: Order, offence: DemoOffence): Partial<Record<CheckKey, string>> {
  const failed: Partial<Record<CheckKey, string>> = {};
  if (!JUDICIAL.has(order.instrument)) {
    failed.instrument = `A ${order.instrument.replaceAll('_', ' ')} without a judge's order is not a valid instrument.`;
  }
  const notSuspect = order.targets.find((t) => t.status !== 'suspect');
  if (notSuspect) {
    failed.suspect = `${notSuspect.identifier.value} is named as ${notSuspect.status.replaceAll('_', ' ')}, not as a suspect.`;
  }
  if (!offence.violatesTerms) {
    failed.tos_violation = `"${offence.description}" is not prohibited by the Terms of Service.`;
  }
  return failed;
}

/** The review as a careful reviewer completes it: disclosure only where every rule allows. */
function completedReview(order: Order, offence: DemoOffence): Review {
  const failed = failedChecks(order, offence);
  const sound = Object.keys(failed).length === 0;
  const checks = emptyChecks();
  for (const key of CHECK_KEYS) {
    const note = failed[key];
    checks[key] = note ? { result: 'fail', note } : { result: 'pass', note: PASS_NOTES[key] };
  }
  const decisions = initialDecisions(order).map((d) => {
    if (d.verdict !== null) return d;
    if (!sound) return { ...d, verdict: 'decline' as const, reason: 'The order fails the checks.' };
    if (d.category === 'ip_addresses' && !order.ipWindow) {
      return { ...d, verdict: 'decline' as const, reason: 'The order names no time window.' };
    }
    return { ...d, verdict: 'disclose' as const, reason: '' };
  });
  return { checks, decisions };
}

function partialReview(r: SeededRandom, order: Order): Review {
  const checks = emptyChecks();
  const done = r.int(0, CHECK_KEYS.length - 1);
  for (const key of CHECK_KEYS.slice(0, done)) {
    checks[key] = { result: 'pass', note: PASS_NOTES[key] };
  }
  return { checks, decisions: initialDecisions(order) };
}

/** The lifecycle steps that lead to each status, after the order is received. */
const PATHS: Record<CaseStatus, readonly string[]> = {
  received: [],
  in_review: ['case.startReview', 'case.saveReview'],
  awaiting_information: ['case.startReview', 'case.requestInformation'],
  signed_off: ['case.startReview', 'case.saveReview', 'case.signOff'],
  returned: ['case.startReview', 'case.saveReview', 'case.signOff', 'case.return'],
  approved: ['case.startReview', 'case.saveReview', 'case.signOff', 'case.approve'],
  disclosed: [
    'case.startReview',
    'case.saveReview',
    'case.signOff',
    'case.approve',
    'case.recordDisclosure',
  ],
  refused: [
    'case.startReview',
    'case.saveReview',
    'case.signOff',
    'case.approve',
    'case.recordRefusal',
  ],
  closed: [],
};

/** Hours each step typically follows the one before, as [min, max]. */
const DELAYS: Record<string, readonly [number, number]> = {
  'case.startReview': [1, 30],
  'case.saveReview': [0.5, 8],
  'case.requestInformation': [1, 24],
  'case.signOff': [0.2, 24],
  'case.return': [1, 24],
  'case.approve': [0.5, 24],
  'case.recordDisclosure': [1, 12],
  'case.recordRefusal': [1, 12],
  'case.close': [24, 240],
};

const LIFECYCLE_TARGET: Record<string, CaseStatus> = {
  'case.startReview': 'in_review',
  'case.saveReview': 'in_review',
  'case.requestInformation': 'awaiting_information',
  'case.signOff': 'signed_off',
  'case.return': 'returned',
  'case.approve': 'approved',
  'case.recordDisclosure': 'disclosed',
  'case.recordRefusal': 'refused',
  'case.close': 'closed',
};

/**
 * A case that has reached `wanted` (or the nearest status its order allows: an unsound order
 * ends refused, never disclosed) with the full history of how it got there.
 */
export function demoCase(
  r: SeededRandom,
  id: string,
  demo: { order: Order; offence: DemoOffence },
  wanted: CaseStatus,
  actors: DemoActors,
  asOf: Date,
): DemoCase {
  const { order, offence } = demo;
  const review = completedReview(order, offence);
  const outcome = reviewOutcome(review.decisions);
  let status = wanted;
  if (outcome === 'refuse' && (status === 'approved' || status === 'disclosed')) status = 'refused';
  if (outcome !== 'refuse' && status === 'refused') status = 'disclosed';
  const steps =
    status === 'closed'
      ? [...PATHS[outcome === 'refuse' ? 'refused' : 'disclosed'], 'case.close']
      : PATHS[status];

  const pickActor = (list: readonly DemoActor[]) => (list.length > 0 ? r.pick(list) : SEED_ACTOR);
  const reviewer = pickActor(actors.reviewers);
  const importer = pickActor(actors.reviewers);
  const supervisor = pickActor(actors.supervisors);
  const latest = asOf.getTime() - 60_000;
  let at = Math.min(Date.parse(order.receivedAt) + r.int(1, 30) * 60_000, latest);
  const events: DemoEvent[] = [
    {
      at: new Date(at),
      actor: importer,
      action: 'order.import',
      details: {
        reference: order.reference,
        authority: order.authority.name,
        country: order.authority.country,
        documents: [],
        seeded: true,
      },
    },
  ];
  const createdAt = new Date(at);
  let current: CaseStatus = 'received';
  let signOff: DemoCase['signOff'] = null;
  let disclosure: DemoCase['disclosure'] = null;
  let lastReturnComment: string | null = null;
  for (const [index, action] of steps.entries()) {
    const [min, max] = DELAYS[action] ?? [1, 2];
    const hours = order.emergency
      ? min / 4 + (r.next() * (max - min)) / 8
      : min + r.next() * (max - min);
    at = Math.min(at + Math.round(hours * 3_600_000), latest);
    const when = new Date(at);
    const to: CaseStatus = LIFECYCLE_TARGET[action] ?? current;
    const isSupervisorStep = [
      'case.return',
      'case.approve',
      'case.recordDisclosure',
      'case.recordRefusal',
      'case.close',
    ].includes(action);
    const details: { [key: string]: JsonValue } = { seeded: true };
    if (action === 'case.requestInformation') {
      details.comment = 'Please send the signed order; the copy received is unsigned.';
    }
    if (action === 'case.signOff') {
      signOff = { by: personId(reviewer), at: when, outcome };
      details.outcome = outcome;
    }
    if (action === 'case.return') {
      lastReturnComment = 'Check the IP window against the dates of the offence.';
      details.comment = lastReturnComment;
      signOff = null;
    }
    if (action === 'case.approve') {
      const items = approvedItems(order, review);
      disclosure = {
        approvedById: personId(supervisor),
        approvedAt: when,
        outcome,
        comment: null,
        items,
      };
      details.outcome = outcome;
      details.comment = null;
      details.items = items;
    }
    events.push({
      at: when,
      actor: isSupervisorStep ? supervisor : reviewer,
      action,
      details: { ...details, from: current, to, version: index + 2 },
    });
    current = to;
  }

  const reviewed = steps.includes('case.signOff') || steps.includes('case.saveReview');
  return {
    id,
    status: current,
    order,
    review: steps.includes('case.signOff')
      ? review
      : reviewed
        ? partialReview(r, order)
        : { checks: emptyChecks(), decisions: initialDecisions(order) },
    dueAt: placeholderDueDate(order),
    assigneeId: steps.includes('case.startReview') ? personId(reviewer) : null,
    importedBy: importer.id,
    signOff,
    lastReturnComment,
    disclosure,
    version: events.length,
    createdAt,
    updatedAt: new Date(at),
    events,
  };
}
