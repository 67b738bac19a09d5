import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseDetail } from '../../../shared/case-record';
import { CHECK_KEYS, type Review } from '../../../shared/review';
import {
  callBackArgs,
  completedReview,
  importCase,
  mutate,
  reauthenticate,
  signedOffCase,
  step,
} from '../../testing/case-steps';
import { policyAdmins, saveFranceNotAnswered } from '../../testing/policy-steps';
import { sampleOrder } from '../../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

/** Every check marked pass without a word of justification, everything open disclosed. */
function passWithoutNotes(current: CaseDetail): Review {
  const review = completedReview(current, 'disclose');
  for (const key of CHECK_KEYS) review.checks[key] = { result: 'pass', note: '' };
  return review;
}

function callBack(outcome: 'confirmed' | 'denied') {
  return callBackArgs({ outcome });
}

describe('sign-off under the policy engine', () => {
  it('is refused (422) while the reviewer passes failing checks without a justification', async () => {
    let current = await importCase(team.reviewer, sampleOrder({ instrument: 'police_request' }));
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer, 'case.saveReview', current, {
      review: passWithoutNotes(current),
    });
    await reauthenticate(team.reviewer);
    const refused = await mutate(team.reviewer, 'case.signOff', current);
    expect(refused.status).toBe(422);
    expect(errorOf(refused).code).toBe('sign_off_incomplete');
    // The instrument fails under the engine, authenticity needs a call-back.
    expect(errorOf(refused).paths).toEqual(['checks.instrument', 'checks.authenticity']);
    const after = CaseDetail.parse((await team.reviewer.get(`/api/cases/${current.id}`)).body);
    expect(after).toMatchObject({ status: 'in_review', decidedUnder: null });
  });

  it('accepts an override with a written justification, and shows it to the supervisor', async () => {
    let current = await importCase(team.reviewer, sampleOrder({ instrument: 'police_request' }));
    current = await step(team.reviewer, 'case.startReview', current);
    const review = passWithoutNotes(current);
    review.checks.instrument.note = 'The police letter encloses the judge’s signed order.';
    review.checks.authenticity.note = 'Called the registry; see the file note.';
    current = await step(team.reviewer, 'case.saveReview', current, { review });
    await reauthenticate(team.reviewer);
    current = await step(team.reviewer, 'case.signOff', current);
    expect(current.status).toBe('signed_off');

    const seen = CaseDetail.parse((await team.supervisor.get(`/api/cases/${current.id}`)).body);
    expect(seen.decidedUnder?.policyVersion).toBe('2024-09-23');
    expect(seen.decidedUnder?.verdict.checks.instrument.result).toBe('fail');
    expect(seen.review.checks.instrument).toEqual({
      result: 'pass',
      note: 'The police letter encloses the judge’s signed order.',
    });
    const [event] = await t.database.db.query<{ details: { overrides: unknown } }>(
      "SELECT details FROM audit_events WHERE action = 'case.signOff'",
    );
    expect(event?.details.overrides).toEqual([
      {
        check: 'instrument',
        engine: 'fail',
        reviewer: 'pass',
        justification: 'The police letter encloses the judge’s signed order.',
      },
      {
        check: 'authenticity',
        engine: 'needs_review',
        reviewer: 'pass',
        justification: 'Called the registry; see the file note.',
      },
    ]);
  });

  it('accepts a refusal that confirms the engine’s failed check', async () => {
    let current = await importCase(team.reviewer, sampleOrder({ instrument: 'police_request' }));
    current = await step(team.reviewer, 'case.startReview', current);
    const review = completedReview(current, 'decline');
    review.checks.instrument = { result: 'fail', note: '' };
    review.checks.authenticity = {
      result: 'fail',
      note: 'Not verified: refused on the instrument.',
    };
    current = await step(team.reviewer, 'case.saveReview', current, { review });
    await reauthenticate(team.reviewer);
    current = await step(team.reviewer, 'case.signOff', current);
    expect(current).toMatchObject({ status: 'signed_off', outcome: 'refuse' });
  });
});

describe('out-of-band verification', () => {
  it('of an emergency must be recorded by a second person before authenticity can pass', async () => {
    let current = await importCase(
      team.reviewer,
      sampleOrder({ reference: 'URG-1', emergency: true }),
    );
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    await reauthenticate(team.reviewer);
    const early = await mutate(team.reviewer, 'case.signOff', current);
    expect(errorOf(early)).toMatchObject({
      code: 'sign_off_incomplete',
      paths: ['checks.authenticity'],
    });
    expect(errorOf(early).message).toBeTruthy();

    const own = await mutate(
      team.reviewer,
      'case.recordVerification',
      current,
      callBack('confirmed'),
    );
    expect(errorOf(own).code).toBe('four_eyes');

    current = await step(team.reviewer2, 'case.recordVerification', current, callBack('confirmed'));
    expect(current.verifications).toMatchObject([
      { calledBy: 'Remy Reviewer', recordedByName: 'Remy Reviewer', secondPerson: true },
    ]);
    current = await step(team.reviewer, 'case.signOff', current);
    expect(current.status).toBe('signed_off');
    expect(current.decidedUnder?.verdict.checks.authenticity.result).toBe('pass');
    expect(current.history.map((h) => h.action)).toContain('Call-back recorded');
  });

  it('a denial fails authenticity and blocks a sign-off that passes it', async () => {
    let current = await importCase(
      team.reviewer,
      sampleOrder({ reference: 'URG-2', emergency: true }),
    );
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer2, 'case.recordVerification', current, callBack('denied'));
    current = await step(team.reviewer, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    await reauthenticate(team.reviewer);
    const refused = await mutate(team.reviewer, 'case.signOff', current);
    // Even with a justification, a pass over the authority's denial is refused.
    expect(errorOf(refused).paths).toEqual(['checks.authenticity']);
    const body = refused.body as { error: { issues: { message: string }[] } };
    expect(body.error.issues[0]?.message).toMatch(/denied issuing this order/);
    expect(current.review.checks.authenticity.result).toBe('pass');
  });

  it('refuses a call-back dated in the future or without who and whom', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    const future = await mutate(team.reviewer2, 'case.recordVerification', current, {
      verification: { ...callBack('confirmed').verification, verifiedAt: '2026-03-03T00:00:00Z' },
    });
    expect(errorOf(future)).toMatchObject({
      code: 'validation',
      paths: ['args.verification.verifiedAt'],
    });
    const vague = await mutate(team.reviewer2, 'case.recordVerification', current, {
      verification: { ...callBack('confirmed').verification, calledBy: ' ', contactName: '' },
    });
    expect(errorOf(vague).paths.sort()).toEqual([
      'args.verification.calledBy',
      'args.verification.contactName',
    ]);
  });
});

describe('a policy edit', () => {
  it('does not change a decided case, which is approved under its own version', async () => {
    const decided = await signedOffCase(team.reviewer, 'disclose');
    expect(decided.decidedUnder?.policyVersion).toBe('2024-09-23');
    expect(decided.decidedUnder?.verdict.checks.jurisdiction.result).toBe('pass');

    await saveFranceNotAnswered(await policyAdmins(team), '2026-03-02-fr');

    const reread = CaseDetail.parse((await team.supervisor.get(`/api/cases/${decided.id}`)).body);
    expect(reread.decidedUnder).toEqual(decided.decidedUnder);
    // The engine's judgement shown with it stays the one of its own version, too.
    const underItsOwn = { basis: 'decided', policyVersion: '2024-09-23' };
    expect(reread.judgement).toMatchObject(underItsOwn);
    await reauthenticate(team.supervisor);
    const approved = await step(team.supervisor, 'case.approve', reread);
    expect(approved.status).toBe('approved');
    expect(approved.decidedUnder).toEqual(decided.decidedUnder);
    expect(approved.judgement).toMatchObject(underItsOwn);

    // A case decided after the edit is judged under the new version, which no override can
    // turn into a disclosure: only a refusal can be signed off.
    let later = await importCase(team.reviewer, sampleOrder({ reference: 'PR-PARIS-2026-009999' }));
    later = await step(team.reviewer, 'case.startReview', later);
    expect(later.judgement).toMatchObject({ basis: 'current', policyVersion: '2026-03-02-fr' });
    const disclosing = completedReview(later, 'disclose');
    const declining = completedReview(later, 'decline');
    declining.checks.jurisdiction = { result: 'fail', note: '' };
    later = await step(team.reviewer, 'case.saveReview', later, { review: disclosing });
    await reauthenticate(team.reviewer);
    const refused = await mutate(team.reviewer, 'case.signOff', later);
    expect(refused.status).toBe(422);
    expect(errorOf(refused).paths).toContain('checks.jurisdiction');

    later = await step(team.reviewer, 'case.saveReview', later, { review: declining });
    const signed = await step(team.reviewer, 'case.signOff', later);
    expect(signed.decidedUnder?.policyVersion).toBe('2026-03-02-fr');
    expect(signed.decidedUnder?.verdict.checks.jurisdiction.result).toBe('fail');
    expect(signed.outcome).toBe('refuse');
    expect(signed.judgement).toMatchObject({ basis: 'decided', policyVersion: '2026-03-02-fr' });
  });
});
