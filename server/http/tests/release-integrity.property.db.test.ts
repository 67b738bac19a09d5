import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CaseDetail } from '../../../shared/case-record';
import { isExactIdentifier, targetKey } from '../../../shared/identifiers';
import { DATA_CATEGORIES, Order } from '../../../shared/order';
import { evaluateOrder } from '../../../shared/policy';
import { CURRENT_SEED_POLICY, SEED_AUTHORITY_DIRECTORY } from '../../../shared/policy/seed';
import { secondPersonVerificationReasons } from '../../../shared/verification';
import { CHECK_KEYS, CHECK_RESULTS, type Decision, type Review } from '../../../shared/review';
import { caseAuditEvents } from '../../cases/case-history';
import { importCase, reauthenticate } from '../../testing/case-steps';
import { sampleOrder } from '../../testing/sample-order';
import { createTestApp, setUpTeam, signIn, type Team, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

// Whatever reviews, decision lists and sequences of actions by whichever users reach the
// service, through the direct route or a workstation's queue, no approved disclosure record
// ever holds anything the policy forbids, nor is approved by anyone who had a hand in the case,
// nor releases anything on a call-back by one of the case's own reviewers.

const RUNS = Number(process.env.RELEASE_PROPERTY_RUNS ?? 25);

let t: TestApp;
let team: Team;
/** Everyone who may act on cases; the first supervisor also reviews, and is signed in twice. */
let actors: { name: string; client: TestClient }[];

beforeAll(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
  const supervisorElsewhere = t.client();
  const login = await signIn(supervisorElsewhere, 'supervisor');
  expect(login.status).toBe(200);
  actors = [
    { name: 'reviewer', client: team.reviewer },
    { name: 'reviewer2', client: team.reviewer2 },
    { name: 'supervisor', client: team.supervisor },
    { name: 'supervisor, second session', client: supervisorElsewhere },
    { name: 'supervisor2', client: team.supervisor2 },
  ];
  for (const { client } of actors) await reauthenticate(client);
}, 120_000);
afterAll(() => t.close());

type OrderInput = z.input<typeof Order>;
type TargetInput = OrderInput['targets'][number];

const TARGET_POOL: TargetInput[] = [
  { identifier: { kind: 'username', value: '@fastcash_invest' }, status: 'suspect' },
  { identifier: { kind: 'user_id', value: '5012345678' }, status: 'suspect' },
  { identifier: { kind: 'phone', value: '+33612345678' }, status: 'victim' },
  { identifier: { kind: 'username', value: '@the_witness' }, status: 'witness' },
  { identifier: { kind: 'display_name', value: 'Jean Dupont' }, status: 'suspect' },
];

const rarely = fc.integer({ min: 0, max: 4 }).map((n) => n === 0);

const orderArb = fc
  .record({
    targets: fc.oneof(
      fc.subarray(TARGET_POOL, { minLength: 1 }),
      fc.subarray(TARGET_POOL.slice(0, 3), { minLength: 1 }),
    ),
    categories: fc.oneof(
      fc.subarray([...DATA_CATEGORIES], { minLength: 1 }),
      fc.subarray(['ip_addresses', 'phone_number', 'message_content'] as const, { minLength: 1 }),
    ),
    unanswered: rarely,
    protectedSpeech: rarely,
    police: rarely,
    emergency: rarely,
    window: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  })
  .map((o): OrderInput =>
    sampleOrder({
      reference: `PROP-${randomUUID()}`,
      targets: o.targets,
      dataRequested: o.categories,
      emergency: o.emergency,
      ...(o.police ? { instrument: 'police_request' } : {}),
      ...(o.unanswered
        ? {
            authority: {
              name: 'Tverskoy District Court of Moscow',
              country: 'RU',
              kind: 'court',
            },
          }
        : {}),
      ...(o.protectedSpeech
        ? {
            offences: [
              { category: 'political_dissent', description: 'Criticised the government.' },
            ],
          }
        : {}),
      ...(o.window ? {} : { ipWindow: undefined }),
    }),
  );

const randomChecksArb = fc.record(
  Object.fromEntries(
    CHECK_KEYS.map((k) => [
      k,
      fc.record({
        result: fc.constantFrom(...CHECK_RESULTS, null),
        note: fc.constantFrom('', 'Checked with the registry; see the file note.'),
      }),
    ]),
  ) as { [K in (typeof CHECK_KEYS)[number]]: fc.Arbitrary<Review['checks'][K]> },
);

/** Every check passed, each override "justified": what an attacker with a reviewer's account sends. */
const allPassed = Object.fromEntries(
  CHECK_KEYS.map((k) => [
    k,
    { result: 'pass', note: 'Checked with the registry; see the file note.' },
  ]),
) as Review['checks'];

const checksArb = fc.oneof(
  { arbitrary: randomChecksArb, weight: 1 },
  { arbitrary: fc.constant(allPassed), weight: 2 },
);

/** How a hostile or careless client bends the decision list it was given. */
const decisionEditArb = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    verdict: fc.constantFrom('disclose' as const, 'decline' as const, null),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('garbage' as const),
    category: fc.constantFrom(...DATA_CATEGORIES),
  }),
  fc.record({
    kind: fc.constant('window' as const),
    at: fc.nat(),
    from: fc.constantFrom('2025-06-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
    to: fc.constantFrom('2026-02-10T00:00:00Z', '2026-02-28T23:59:59Z', '2026-05-01T00:00:00Z'),
  }),
  fc.record({ kind: fc.constant('reverse' as const) }),
);

const reviewArb = fc.record({
  checks: checksArb,
  edits: fc.oneof(fc.constant([]), fc.array(decisionEditArb, { maxLength: 4 })),
  /** `open`: disclose what the policy left open; `all`: every entry, declined ones included. */
  disclose: fc.constantFrom('none' as const, 'open' as const, 'all' as const),
});
type ReviewPlan = typeof reviewArb extends fc.Arbitrary<infer T> ? T : never;

function buildReview(base: readonly Decision[], plan: ReviewPlan): Review {
  let decisions: Decision[] = base.map((d) => {
    if (plan.disclose === 'all' || (plan.disclose === 'open' && d.verdict === null)) {
      return { ...d, verdict: 'disclose' as const, reason: '' };
    }
    return d.verdict === null ? { ...d, verdict: 'decline' as const, reason: 'No.' } : d;
  });
  for (const edit of plan.edits) {
    const at = 'at' in edit && decisions.length > 0 ? edit.at % decisions.length : 0;
    const d = decisions[at];
    switch (edit.kind) {
      case 'set':
        if (d)
          decisions[at] = {
            ...d,
            verdict: edit.verdict,
            reason: edit.verdict === 'decline' ? 'No.' : '',
          };
        break;
      case 'duplicate':
        if (d) {
          const flipped = d.verdict === 'disclose' ? 'decline' : 'disclose';
          decisions.push({ ...d, verdict: flipped, reason: 'Twice.' });
        }
        break;
      case 'garbage':
        decisions.push({
          target: 'username:@not_in_order',
          category: edit.category,
          verdict: 'disclose',
          reason: '',
        });
        break;
      case 'window':
        if (d) decisions[at] = { ...d, ipWindow: { from: edit.from, to: edit.to } };
        break;
      case 'reverse':
        decisions = decisions.slice().reverse();
        break;
    }
  }
  return { checks: plan.checks, decisions };
}

const ACTIONS = [
  'case.startReview',
  'case.saveReview',
  'case.signOff',
  'case.approve',
  'case.return',
  'case.reopen',
  'case.requestInformation',
  'case.resumeReview',
  'case.recordVerification',
  // Handing a case over lets one reviewer write it and another sign it off.
  'case.release',
  'case.claim',
] as const;

const stepArb = fc.record({
  actor: fc.nat(),
  action: fc.constantFrom(...ACTIONS),
  review: fc.nat(),
  viaPush: fc.boolean(),
  outcome: fc.constantFrom('confirmed' as const, 'denied' as const),
});
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

/** Mostly the path to an approval, by whoever, with anything else slipped in between. */
const planArb = fc.record({
  order: orderArb,
  reviews: fc.array(reviewArb, { minLength: 1, maxLength: 3 }),
  spine: fc
    .tuple(stepArb, stepArb, stepArb, stepArb, fc.array(stepArb, { minLength: 1, maxLength: 3 }))
    .map(([a, b, c, d, approvals]) => [
      { ...a, action: 'case.startReview' as const },
      { ...b, action: 'case.saveReview' as const },
      { ...c, action: 'case.recordVerification' as const },
      { ...d, action: 'case.signOff' as const },
      // Whoever tries first may be refused (a reviewer, a participant); others may follow.
      ...approvals.map((e) => ({ ...e, action: 'case.approve' as const })),
    ]),
  extra: fc.array(fc.tuple(fc.nat(), stepArb), { maxLength: 3 }),
});

function argsFor(step: Step, current: CaseDetail, reviews: ReviewPlan[]): Record<string, unknown> {
  const ref = { caseId: current.id, version: current.version };
  switch (step.action) {
    case 'case.saveReview':
      return {
        ...ref,
        review: buildReview(current.review.decisions, reviews[step.review % reviews.length]!),
      };
    case 'case.return':
    case 'case.requestInformation':
      return { ...ref, comment: 'Please check again.' };
    case 'case.recordVerification':
      return {
        ...ref,
        verification: {
          calledBy: 'Someone',
          contactName: 'Greffe pénal',
          channel: 'phone',
          contactUsed: '+44 20 7946 0101',
          verifiedAt: '2026-03-02T08:50:00Z',
          outcome: step.outcome,
          note: '',
        },
      };
    default:
      return ref;
  }
}

async function act(step: Step, current: CaseDetail, reviews: ReviewPlan[]): Promise<void> {
  const { client } = actors[step.actor % actors.length]!;
  const args = argsFor(step, current, reviews);
  const response = step.viaPush
    ? await client.post('/api/sync/push', {
        clientId: randomUUID(),
        mutations: [{ seq: 1, name: step.action, args }],
      })
    : await client.post('/api/mutations', { name: step.action, args });
  // A refusal is an answer too; only a fault of the service is not.
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
}

/** Whoever did any of these reviewed the case: their call-back is not a second person's. */
const REVIEWING = new Set([
  'case.startReview',
  'case.saveReview',
  'case.requestInformation',
  'case.resumeReview',
  'case.reopen',
  'case.claim',
  'case.signOff',
]);

const HAND_IN_THE_CASE = new Set([
  ...REVIEWING,
  'order.import',
  // A call-back is evidence the approver must weigh, so its recorder may not approve.
  'case.recordVerification',
]);

/** Asserts the guarantees on the case's approved record; answers how many items it released. */
async function assertNothingForbiddenApproved(caseId: string, order: Order): Promise<number> {
  const records = await t.database.db.query<{
    approved_by: string;
    items: { target: string; category: string; ipWindow: { from: string; to: string } | null }[];
  }>('SELECT approved_by, items FROM disclosure_records WHERE case_id = $1', [caseId]);
  const events = await caseAuditEvents(t.database.db, caseId);
  const verdict = evaluateOrder(order, CURRENT_SEED_POLICY, {
    now: '2026-03-02T09:00:00Z',
    authorityDirectory: SEED_AUTHORITY_DIRECTORY,
  });
  const finalFailure = CHECK_KEYS.some(
    (k) => verdict.checks[k].result === 'fail' && !verdict.checks[k].overridable,
  );
  const exactSuspects = new Set(
    order.targets
      .filter((target) => target.status === 'suspect' && isExactIdentifier(target.identifier))
      .map((target) => targetKey(target.identifier)),
  );
  const callBacks = await t.database.db.query<{ recorded_by: string; outcome: string }>(
    'SELECT recorded_by, outcome FROM verifications WHERE case_id = $1',
    [caseId],
  );
  const needsSecondPerson =
    secondPersonVerificationReasons(order, SEED_AUTHORITY_DIRECTORY).length > 0;
  for (const record of records) {
    const approval = events.findIndex((e) => e.action === 'case.approve');
    const before = events.slice(0, approval);
    const hands = before.filter((e) => HAND_IN_THE_CASE.has(e.action)).map((e) => e.actorId);
    expect(hands).not.toContain(record.approved_by);
    if (needsSecondPerson && record.items.length > 0) {
      // Released on a call-back by someone who never reviewed the case, before it or after.
      const reviewers = before.filter((e) => REVIEWING.has(e.action)).map((e) => e.actorId);
      expect(
        callBacks.some((c) => c.outcome === 'confirmed' && !reviewers.includes(c.recorded_by)),
      ).toBe(true);
    }
    if (finalFailure) expect(record.items).toEqual([]);
    const keys = record.items.map((i) => `${i.target}|${i.category}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const item of record.items) {
      expect(['ip_addresses', 'phone_number']).toContain(item.category);
      expect(order.dataRequested).toContain(item.category);
      expect(exactSuspects.has(item.target)).toBe(true);
      if (item.category === 'ip_addresses') {
        expect(item.ipWindow).not.toBeNull();
        expect(order.ipWindow).toBeDefined();
        if (item.ipWindow && order.ipWindow) {
          expect(Date.parse(item.ipWindow.from)).toBeGreaterThanOrEqual(
            Date.parse(order.ipWindow.from),
          );
          expect(Date.parse(item.ipWindow.to)).toBeLessThanOrEqual(Date.parse(order.ipWindow.to));
        }
      }
    }
  }
  return records.reduce((n, r) => n + r.items.length, 0);
}

const planStep = (actor: number, action: Step['action']): Step => ({
  actor,
  action,
  review: 0,
  viaPush: false,
  outcome: 'confirmed',
});

/**
 * A plan that reaches an approval with items, so that every run of the property has one. By
 * default a reviewer records the call-back; given a caller and approvers, the call-back's
 * author (in a session of their own or another) tries to approve before anyone else does.
 */
function soundPlan(caller = 1, approvers: readonly number[] = [4]): PlanOf<typeof planArb> {
  return {
    order: sampleOrder({ reference: `PROP-SOUND-${randomUUID()}` }),
    reviews: [{ checks: allPassed, edits: [], disclose: 'open' }],
    spine: [
      planStep(0, 'case.startReview'),
      planStep(0, 'case.saveReview'),
      planStep(caller, 'case.recordVerification'),
      planStep(0, 'case.signOff'),
      ...approvers.map((approver) => planStep(approver, 'case.approve')),
    ] as PlanOf<typeof planArb>['spine'],
    extra: [],
  };
}
type PlanOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/**
 * An emergency its reviewer writes in full and lets go of, then calls back herself, before a
 * colleague claims it and signs it off unchanged.
 */
function ownCallBackPlan(): PlanOf<typeof planArb> {
  return {
    order: sampleOrder({ reference: `PROP-OWN-CB-${randomUUID()}`, emergency: true }),
    reviews: [{ checks: allPassed, edits: [], disclose: 'open' }],
    spine: [
      planStep(0, 'case.startReview'),
      planStep(0, 'case.saveReview'),
      planStep(0, 'case.release'),
      planStep(0, 'case.recordVerification'),
      planStep(1, 'case.claim'),
      planStep(1, 'case.signOff'),
      planStep(4, 'case.approve'),
    ] as PlanOf<typeof planArb>['spine'],
    extra: [],
  };
}

describe('approved disclosure records, under any reviews and actions', () => {
  it('never hold a forbidden category, a non-suspect, an item behind a final failure, nor a participant’s approval', async () => {
    let released = 0;
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const order = Order.parse(plan.order);
        // A fresh reference each time: a shrunk plan is run again and must not be a duplicate.
        const input = { ...plan.order, reference: `PROP-${randomUUID()}` };
        let current = await importCase(actors[0]!.client, input);
        const steps: Step[] = [...plan.spine];
        for (const [at, step] of plan.extra) steps.splice(at % (steps.length + 1), 0, step);
        for (const step of steps) {
          await act(step, current, plan.reviews);
          current = CaseDetail.parse((await team.auditor.get(`/api/cases/${current.id}`)).body);
        }
        released += await assertNothingForbiddenApproved(current.id, order);
      }),
      { numRuns: RUNS, examples: [[soundPlan()], [soundPlan(2, [3, 2, 4])], [ownCallBackPlan()]] },
    );
    // The property says something only if approvals with items happen at all.
    expect(released).toBeGreaterThan(0);
  }, 600_000);
});
