import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseDetail } from '../../../shared/case-record';
import { PushResponse } from '../../../shared/sync';
import type { Review } from '../../../shared/review';
import {
  completedReview,
  importCase,
  mutate,
  reauthenticate,
  step,
} from '../../testing/case-steps';
import { sampleOrder } from '../../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf, type TestClient } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

const SUSPECT_A = {
  identifier: { kind: 'username', value: '@fastcash_invest' },
  status: 'suspect',
};
const SUSPECT_B = { identifier: { kind: 'user_id', value: '5012345678' }, status: 'suspect' };
const VICTIM = { identifier: { kind: 'phone', value: '+33612345678' }, status: 'victim' };
const twoSuspectsAndAVictim = () =>
  sampleOrder({
    reference: `MIXED-${randomUUID().slice(0, 8)}`,
    targets: [SUSPECT_A, SUSPECT_B, VICTIM] as ReturnType<typeof sampleOrder>['targets'],
  });

async function caseNow(client: TestClient, caseId: string): Promise<CaseDetail> {
  return CaseDetail.parse((await client.get(`/api/cases/${caseId}`)).body);
}

/** The engine confirmed as it is, with a note for the call-back the tests do not make. */
function confirmingReview(current: CaseDetail): Review {
  const review = completedReview(current, 'disclose');
  review.checks.authenticity.note = 'Called the registry on the directory number; confirmed.';
  return review;
}

async function startedCase(order = sampleOrder()) {
  const current = await importCase(team.reviewer, order);
  return step(team.reviewer, 'case.startReview', current);
}

describe('a review’s decisions are a set, refused at the edge otherwise', () => {
  it('refuses the same target and category decided twice, naming the entry, on the direct route', async () => {
    const current = await startedCase();
    const review = confirmingReview(current);
    const first = review.decisions.findIndex((d) => d.category === 'phone_number');
    const twice = review.decisions[first];
    if (!twice) throw new Error('no phone decision');
    review.decisions.push({ ...twice, verdict: 'decline', reason: 'Changed my mind.' });
    const refused = await mutate(team.reviewer, 'case.saveReview', current, { review });
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toMatchObject({
      code: 'validation',
      paths: [`args.review.decisions.${review.decisions.length - 1}.category`],
    });
    const after = await caseNow(team.reviewer, current.id);
    expect(after.version).toBe(current.version);
    expect(after.review).toEqual(current.review);
  });

  it('refuses the same in a pushed mutation: acknowledged as refused with the reason', async () => {
    const current = await startedCase();
    const review = confirmingReview(current);
    const [head] = review.decisions;
    if (!head) throw new Error('no decision');
    // Reordered, with the contradiction first: disclose, then decline the same item.
    review.decisions = [
      { ...head, verdict: 'decline', reason: 'No.' },
      ...review.decisions.slice().reverse(),
    ];
    const response = await team.reviewer.post('/api/sync/push', {
      clientId: randomUUID(),
      mutations: [
        {
          seq: 1,
          name: 'case.saveReview',
          args: { caseId: current.id, version: current.version, review },
        },
      ],
    });
    const { acks } = PushResponse.parse(response.body);
    const [ack] = acks;
    expect(ack?.status).toBe('refused');
    if (ack?.status !== 'refused') return;
    expect(ack.error.code).toBe('validation');
    expect(ack.error.issues?.map((i) => i.path)).toContain(
      `args.review.decisions.${review.decisions.length - 1}.category`,
    );
    expect((await caseNow(team.reviewer, current.id)).version).toBe(current.version);
  });

  it('refuses unknown targets, categories not requested and never-disclosable disclosures', async () => {
    const current = await startedCase(sampleOrder({ dataRequested: ['ip_addresses'] }));
    const review = confirmingReview(current);
    review.decisions.push(
      {
        target: 'username:@somebody_else',
        category: 'ip_addresses',
        verdict: 'disclose',
        reason: '',
      },
      {
        target: 'username:@fastcash_invest',
        category: 'phone_number',
        verdict: 'disclose',
        reason: '',
      },
      {
        target: 'username:@fastcash_invest',
        category: 'contacts',
        verdict: 'disclose',
        reason: '',
      },
    );
    const n = review.decisions.length;
    const refused = await mutate(team.reviewer, 'case.saveReview', current, { review });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).paths).toEqual([
      `args.review.decisions.${n - 3}.target`,
      `args.review.decisions.${n - 2}.category`,
      `args.review.decisions.${n - 1}.category`,
      `args.review.decisions.${n - 1}.verdict`,
    ]);
  });
});

describe('suspect status, judged per target', () => {
  it('signs off and approves a partial disclosure about two suspects, never the victim, with no override', async () => {
    let current = await startedCase(twoSuspectsAndAVictim());
    const judged = (await caseNow(team.reviewer, current.id)).judgement;
    expect(judged?.verdict.checks.suspect.result).toBe('pass');
    expect(judged?.verdict.checks.suspect.details.map((d) => d.result)).toEqual([
      'pass',
      'pass',
      'fail',
    ]);
    // The victim's items start declined by the policy.
    const victimDecisions = current.review.decisions.filter(
      (d) => d.target === 'phone:+33612345678',
    );
    expect(victimDecisions.every((d) => d.verdict === 'decline')).toBe(true);

    const review = confirmingReview(current);
    review.checks.authenticity.note = '';
    current = await step(team.reviewer, 'case.saveReview', current, { review });
    // The reviewer's own confirmation of the engine is not an override; authenticity needs
    // a second person's call-back.
    current = await step(team.reviewer2, 'case.recordVerification', current, {
      verification: {
        calledBy: 'Remy Reviewer',
        contactName: 'Greffe pénal',
        channel: 'phone',
        contactUsed: '+44 20 7946 0101',
        verifiedAt: '2026-03-02T08:50:00Z',
        outcome: 'confirmed',
        note: '',
      },
    });
    const engine = (await caseNow(team.reviewer, current.id)).judgement?.verdict.checks;
    expect(engine && Object.values(engine).map((c) => c.result)).not.toContain('fail');
    await reauthenticate(team.reviewer);
    current = await step(team.reviewer, 'case.signOff', current);
    expect(current.signOff?.outcome).toBe('partial');

    await reauthenticate(team.supervisor);
    const approved = await step(team.supervisor, 'case.approve', current);
    expect(approved.disclosure?.items.map((i) => `${i.target}|${i.category}`)).toEqual([
      'username:@fastcash_invest|ip_addresses',
      'username:@fastcash_invest|phone_number',
      'user_id:5012345678|ip_addresses',
      'user_id:5012345678|phone_number',
    ]);
  });

  it('refuses a sign-off that discloses about the victim, naming the item', async () => {
    const current = await startedCase(twoSuspectsAndAVictim());
    const review = confirmingReview(current);
    review.decisions = review.decisions.map((d) =>
      d.category === 'phone_number' ? { ...d, verdict: 'disclose', reason: '' } : d,
    );
    const saved = await step(team.reviewer, 'case.saveReview', current, { review });
    await reauthenticate(team.reviewer);
    const refused = await mutate(team.reviewer, 'case.signOff', saved);
    expect(refused.status).toBe(422);
    expect(errorOf(refused).paths).toEqual(['decisions.phone:+33612345678.phone_number']);
  });
});

describe('narrowing a target’s IP window', () => {
  const narrowed = { from: '2026-02-01T00:00:00Z', to: '2026-02-15T00:00:00Z' };

  it('carries the narrowed window into the approved record', async () => {
    let current = await startedCase();
    const review = confirmingReview(current);
    review.decisions = review.decisions.map((d) =>
      d.target === 'username:@fastcash_invest' && d.category === 'ip_addresses'
        ? { ...d, ipWindow: narrowed }
        : d,
    );
    current = await step(team.reviewer, 'case.saveReview', current, { review });
    await reauthenticate(team.reviewer);
    current = await step(team.reviewer, 'case.signOff', current);
    const seen = await caseNow(team.supervisor, current.id);
    expect(
      seen.judgement?.items.find(
        (i) => i.target === 'username:@fastcash_invest' && i.category === 'ip_addresses',
      )?.ipWindow,
    ).toEqual(narrowed);
    await reauthenticate(team.supervisor);
    const approved = await step(team.supervisor, 'case.approve', current);
    const ips = approved.disclosure?.items.filter((i) => i.category === 'ip_addresses');
    expect(ips?.map((i) => i.ipWindow)).toEqual([
      narrowed,
      { from: '2026-01-01T00:00:00Z', to: '2026-02-28T23:59:59Z' },
    ]);
  });

  it('refuses a window wider than the order’s, naming the decision', async () => {
    const current = await startedCase();
    const review = confirmingReview(current);
    const index = review.decisions.findIndex((d) => d.category === 'ip_addresses');
    review.decisions = review.decisions.map((d, i) =>
      i === index ? { ...d, ipWindow: { from: '2025-12-01T00:00:00Z', to: narrowed.to } } : d,
    );
    const refused = await mutate(team.reviewer, 'case.saveReview', current, { review });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).paths).toEqual([`args.review.decisions.${index}.ipWindow`]);
  });
});

describe('a target named only by a display name', () => {
  it('is imported, flagged not exact, never releasable, and the case can go back to the authority', async () => {
    let current = await startedCase(
      sampleOrder({
        reference: 'DISPLAY-NAME-1',
        targets: [
          { identifier: { kind: 'display_name', value: 'Jean Dupont' }, status: 'suspect' },
        ],
      }),
    );
    const { judgement } = await caseNow(team.reviewer, current.id);
    const suspect = judgement?.verdict.checks.suspect;
    expect(suspect?.result).toBe('fail');
    expect(suspect?.details[0]).toMatchObject({ exactIdentifier: false });
    expect(suspect?.reason).toContain('identifier not exact');
    expect(judgement?.items.every((i) => !i.releasable)).toBe(true);
    expect(current.review.decisions.every((d) => d.verdict === 'decline')).toBe(true);

    current = await step(team.reviewer, 'case.requestInformation', current, {
      comment: 'Please give the account’s @username, user id or phone number.',
    });
    expect(current.status).toBe('awaiting_information');
  });
});

describe('the engine’s judgement on the case', () => {
  it('is served on GET to every reader, with each check, rule, version and item', async () => {
    const current = await startedCase(twoSuspectsAndAVictim());
    for (const reader of [team.reviewer2, team.supervisor, team.auditor]) {
      const seen = await caseNow(reader, current.id);
      expect(seen.judgement).toMatchObject({ basis: 'current', policyVersion: '2024-09-23' });
      expect(seen.judgement?.verdict.checks.scope.rule).toBeTruthy();
      expect(seen.judgement?.items).toHaveLength(9);
      const victim = seen.judgement?.items.filter((i) => i.target === 'phone:+33612345678');
      expect(victim?.every((i) => !i.releasable && i.blockers.length > 0)).toBe(true);
    }
  });
});

describe('protected speech beside a real offence', () => {
  // Both read "Publicly insulting the president of the republic." The second has a no-break
  // space, a zero-width space and a Cyrillic і where the first has plain letters and spaces.
  it.each([
    ['plainly written', 'Publicly insulting the president of the republic.'],
    ['in disguise', 'Publicly \u0456nsul\u200Bting the\u00A0president of the republic.'],
  ])('refuses a sign-off that overrides the ToS check, %s', async (_, speech) => {
    let current = await startedCase(
      sampleOrder({
        reference: `SPEECH-${randomUUID().slice(0, 8)}`,
        offences: [
          { category: 'fraud_scams', description: 'Organised investment fraud.' },
          { description: speech },
        ],
      }),
    );
    const review = confirmingReview(current);
    review.checks.tos_violation = { result: 'pass', note: 'The fraud offence suffices.' };
    current = await step(team.reviewer, 'case.saveReview', current, { review });
    const tos = (await caseNow(team.reviewer, current.id)).judgement?.verdict.checks.tos_violation;
    expect(tos).toMatchObject({ result: 'fail', overridable: false });
    await reauthenticate(team.reviewer);
    const signed = await mutate(team.reviewer, 'case.signOff', current);
    expect(signed.status).toBe(422);
    // The same sign-off queued offline and pushed is refused for the same reason.
    const pushed = await team.reviewer.post('/api/sync/push', {
      clientId: randomUUID(),
      mutations: [
        { seq: 1, name: 'case.signOff', args: { caseId: current.id, version: current.version } },
      ],
    });
    const [ack] = PushResponse.parse(pushed.body).acks;
    expect(ack).toMatchObject({ status: 'refused', error: { code: errorOf(signed).code } });
    expect((await caseNow(team.reviewer, current.id)).status).toBe('in_review');
  });
});
