import type { CaseStatus, Outcome } from '../../shared/case-lifecycle';
import type { DisclosureRecord } from '../../shared/case-record';
import { governingDeadline } from '../../shared/governing-deadline';
import type { Order } from '../../shared/order';
import { emptyChecks, initialDecisions, reviewOutcome, type Review } from '../../shared/review';
import type { JsonValue } from '../audit/canonical-json';
import { disclosureRecordReference } from '../audit/evidence-records';
import { approvedItems } from '../cases/approved-items';
import { evaluateOrder } from '../../shared/policy';
import { judgeItems } from '../../shared/release/releasable-items';
import { NO_VERIFICATION_NEEDED } from '../../shared/verification';
import { CURRENT_SEED_POLICY, SEED_AUTHORITY_DIRECTORY } from '../../shared/policy/seed';
import type { DemoOffence } from './demo-offences';
import { completedReview, partialReview } from './demo-review';
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

/** A step after approval, taken through the service's own disclosure code when seeding. */
export interface DemoAnswerStep {
  action: 'case.recordDisclosure' | 'case.recordRefusal' | 'case.close';
  at: Date;
  actor: DemoActor;
}

const ANSWER_STEPS: ReadonlySet<string> = new Set([
  'case.recordDisclosure',
  'case.recordRefusal',
  'case.close',
]);

/** A case with its whole history, ready to be written. */
export interface DemoCase {
  id: string;
  status: CaseStatus;
  order: Order;
  review: Review;
  dueAt: string;
  policyDueAt: string;
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
  /** What follows the approval: written afterwards, as a supervisor would take it. */
  answer: DemoAnswerStep[];
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
  /**
   * Leave the steps after approval to the disclosure code (see answer-demo-cases.ts). When
   * false they are written as history only, with no lookup, package or delivery behind them.
   */
  answerLater = false,
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
  let updatedAt = at;
  const answer: DemoAnswerStep[] = [];
  for (const [index, action] of steps.entries()) {
    const [min, max] = DELAYS[action] ?? [1, 2];
    const hours = order.emergency
      ? min / 4 + (r.next() * (max - min)) / 8
      : min + r.next() * (max - min);
    at = Math.min(at + Math.round(hours * 3_600_000), latest);
    const when = new Date(at);
    const to: CaseStatus = LIFECYCLE_TARGET[action] ?? current;
    if (answerLater && ANSWER_STEPS.has(action)) {
      answer.push({ action: action as DemoAnswerStep['action'], at: when, actor: supervisor });
      continue;
    }
    updatedAt = at;
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
      const verdict = evaluateOrder(order, CURRENT_SEED_POLICY, {
        now: order.receivedAt,
        authorityDirectory: SEED_AUTHORITY_DIRECTORY,
      });
      const judged = judgeItems(
        order,
        review,
        verdict,
        NO_VERIFICATION_NEEDED,
        CURRENT_SEED_POLICY,
      );
      const items = approvedItems(review, judged);
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
      details.record = disclosureRecordReference({
        caseId: id,
        approvedBy: disclosure.approvedById,
        approvedAt: when,
        outcome,
        comment: null,
        items,
      });
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
    ...dueDates(
      evaluateOrder(order, CURRENT_SEED_POLICY, {
        now: order.receivedAt,
        authorityDirectory: SEED_AUTHORITY_DIRECTORY,
      }).dueAt,
      order.respondBy,
    ),
    assigneeId: steps.includes('case.startReview') ? personId(reviewer) : null,
    importedBy: importer.id,
    signOff,
    lastReturnComment,
    disclosure,
    version: events.length,
    createdAt,
    updatedAt: new Date(updatedAt),
    events,
    answer,
  };
}

function dueDates(policyDueAt: string, respondBy: string | undefined) {
  return { dueAt: governingDeadline(policyDueAt, respondBy).dueAt, policyDueAt };
}
