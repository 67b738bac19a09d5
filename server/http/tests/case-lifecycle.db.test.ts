import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseDetail } from '../../../shared/case-record';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';
import {
  caseNow,
  completedReview,
  importCase,
  mutate,
  reauthenticate,
  signedOffCase,
  step,
} from '../../testing/case-steps';
import { sampleOrder } from '../../testing/sample-order';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

describe('the case lifecycle', () => {
  it('runs received → in review → signed off → approved, recording exactly what was approved', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    expect(current).toMatchObject({
      status: 'in_review',
      version: 2,
      assigneeName: 'Rita Reviewer',
    });
    expect(current.allowedActions).toEqual([
      'save_review',
      'request_information',
      'sign_off',
      'record_verification',
      'release',
    ]);

    const review = completedReview(current, 'disclose');
    // Disclose the phone numbers, decline the IP addresses of the second target.
    review.decisions = review.decisions.map((d) =>
      d.target === 'user_id:5012345678' && d.category === 'ip_addresses'
        ? { ...d, verdict: 'decline', reason: 'Outside the period of the offence.' }
        : d,
    );
    current = await step(team.reviewer, 'case.saveReview', current, { review });
    expect(current.review).toEqual(review);

    await reauthenticate(team.reviewer);
    current = await step(team.reviewer, 'case.signOff', current);
    expect(current).toMatchObject({ status: 'signed_off', outcome: 'partial' });
    expect(current.signOff).toMatchObject({ byName: 'Rita Reviewer', outcome: 'partial' });

    const supervisorView = CaseDetail.parse(
      (await team.supervisor.get(`/api/cases/${current.id}`)).body,
    );
    expect(supervisorView.allowedActions).toEqual(['approve', 'return']);
    expect(supervisorView.approvalBlockedReason).toBeNull();

    await reauthenticate(team.supervisor);
    current = await step(team.supervisor, 'case.approve', current, { comment: 'Proportionate.' });
    expect(current.status).toBe('approved');
    expect(current.disclosure).toMatchObject({
      approvedByName: 'Sam Supervisor',
      approvedAt: '2026-03-02T09:00:00.000Z',
      outcome: 'partial',
      comment: 'Proportionate.',
    });
    expect(current.disclosure?.items).toEqual([
      {
        target: 'username:@fastcash_invest',
        category: 'ip_addresses',
        ipWindow: { from: '2026-01-01T00:00:00Z', to: '2026-02-28T23:59:59Z' },
      },
      { target: 'username:@fastcash_invest', category: 'phone_number', ipWindow: null },
      { target: 'user_id:5012345678', category: 'phone_number', ipWindow: null },
    ]);
    expect(current.history.map((h) => h.action)).toEqual([
      'Order received',
      'Review started',
      'Review saved',
      'Signed off: partial',
      'Approved',
    ]);
  });

  it('returns a case with a comment, which the reviewer reopens and signs off again', async () => {
    let current = await signedOffCase(team.reviewer, 'disclose');
    const noComment = await mutate(team.supervisor, 'case.return', current, { comment: '  ' });
    expect(errorOf(noComment)).toMatchObject({ code: 'validation', paths: ['args.comment'] });

    current = await step(team.supervisor, 'case.return', current, {
      comment: 'Check the IP window against the offence dates.',
    });
    expect(current).toMatchObject({
      status: 'returned',
      outcome: null,
      signOff: null,
      lastReturnComment: 'Check the IP window against the offence dates.',
    });
    expect(current.history.at(-1)).toMatchObject({
      action: 'Returned to the reviewer',
      comment: 'Check the IP window against the offence dates.',
    });

    // A returned case is its reviewer's; another reviewer takes it over only by assignment.
    expect(errorOf(await mutate(team.reviewer2, 'case.reopen', current)).code).toBe('forbidden');
    current = await step(team.supervisor, 'case.assign', current, {
      assigneeId: team.ids.reviewer2,
    });
    current = await step(team.reviewer2, 'case.reopen', current);
    expect(current).toMatchObject({ status: 'in_review', assigneeName: 'Remy Reviewer' });
    await reauthenticate(team.reviewer2);
    current = await step(team.reviewer2, 'case.signOff', current);
    expect(current).toMatchObject({ status: 'signed_off', lastReturnComment: null });
  });

  it('names who acted as they were called then, after their account takes another’s name', async () => {
    const signed = await signedOffCase(team.reviewer, 'disclose');
    await reauthenticate(team.supervisor);
    const approved = await step(team.supervisor, 'case.approve', signed, { comment: 'Fine.' });
    t.clock.advanceMinutes(5);
    // The other supervisor's name is freed, then given to the approver.
    for (const [id, displayName] of [
      [team.ids.supervisor2, 'Susan Supervisor'],
      [team.ids.supervisor, 'Sue Supervisor'],
      [team.ids.reviewer, 'Rita R. Reviewer'],
    ] as const) {
      expect((await team.admin.patch(`/api/users/${id}`, { displayName })).status).toBe(200);
    }

    const now = await caseNow(team.reviewer, approved.id);
    expect(now.history.find((e) => e.action === 'Approved')).toMatchObject({
      actorName: 'Sam Supervisor',
      actor: 'supervisor',
    });
    expect(now.history.find((e) => e.action.startsWith('Signed off'))).toMatchObject({
      actorName: 'Rita Reviewer',
      actor: 'reviewer',
    });
    expect(now.signOff).toMatchObject({ byName: 'Rita Reviewer', byUsername: 'reviewer' });
    expect(now.disclosure).toMatchObject({
      approvedByName: 'Sam Supervisor',
      approvedByUsername: 'supervisor',
    });

    // What the account does from now on is under its new name, and still its username.
    t.clock.advanceMinutes(5);
    const later = await signedOffCase(
      team.reviewer,
      'disclose',
      sampleOrder({ reference: 'AFTER-RENAME' }),
    );
    await reauthenticate(team.supervisor);
    const returned = await step(team.supervisor, 'case.return', later, { comment: 'Check.' });
    expect(returned.history.at(-1)).toMatchObject({
      actorName: 'Sue Supervisor',
      actor: 'supervisor',
    });
    expect(returned.history.find((e) => e.action.startsWith('Signed off'))).toMatchObject({
      actorName: 'Rita R. Reviewer',
      actor: 'reviewer',
    });
  });

  it('takes a refusal through approval to refused and closed', async () => {
    let current = await signedOffCase(team.reviewer, 'decline');
    expect(current.outcome).toBe('refuse');
    await reauthenticate(team.supervisor);
    current = await step(team.supervisor, 'case.approve', current);
    expect(current.disclosure).toMatchObject({ outcome: 'refuse', items: [], comment: null });
    expect(current.allowedActions).toEqual(['record_refusal']);
    current = await step(team.supervisor, 'case.recordRefusal', current);
    expect(current.status).toBe('refused');
    current = await step(team.supervisor2, 'case.close', current);
    expect(current).toMatchObject({ status: 'closed', allowedActions: [] });
  });

  it('pauses for information and resumes', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer, 'case.requestInformation', current, {
      comment: 'The order does not say which account is the suspect.',
    });
    expect(current.status).toBe('awaiting_information');
    current = await step(team.reviewer, 'case.resumeReview', current);
    expect(current.status).toBe('in_review');
  });
});

describe('refusals', () => {
  it('refuses self-approval with four_eyes, naming the reason', async () => {
    const current = await signedOffCase(team.supervisor, 'disclose');
    const view = CaseDetail.parse((await team.supervisor.get(`/api/cases/${current.id}`)).body);
    expect(view.approvalBlockedReason).toBe(
      'You signed off this case; another supervisor must approve it.',
    );
    expect(view.allowedActions).not.toContain('approve');

    await reauthenticate(team.supervisor);
    const self = await mutate(team.supervisor, 'case.approve', current);
    expect(self.status).toBe(403);
    expect(errorOf(self)).toMatchObject({
      code: 'four_eyes',
      message: 'You signed off this case; another supervisor must approve it.',
    });

    await reauthenticate(team.supervisor2);
    expect((await mutate(team.supervisor2, 'case.approve', current)).status).toBe(200);
  });

  it('refuses approval by a supervisor who only edited the review', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    // Only the holder edits: the supervisor takes the case, edits it, and hands it back.
    current = await step(team.supervisor, 'case.assign', current, {
      assigneeId: team.ids.supervisor,
    });
    current = await step(team.supervisor, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    current = await step(team.supervisor, 'case.assign', current, {
      assigneeId: team.ids.reviewer,
    });
    await reauthenticate(team.reviewer);
    current = await step(team.reviewer, 'case.signOff', current);
    await reauthenticate(team.supervisor);
    const refused = await mutate(team.supervisor, 'case.approve', current);
    expect(errorOf(refused)).toMatchObject({ code: 'four_eyes' });
    expect(errorOf(refused).message).toMatch(/another supervisor must approve it/);
  });

  it('refuses a stale version with 409, naming who changed the case', async () => {
    const opened = await importCase(team.reviewer);
    await step(team.reviewer, 'case.startReview', opened);
    const stale = await mutate(team.reviewer2, 'case.startReview', opened);
    expect(stale.status).toBe(409);
    expect(errorOf(stale).code).toBe('stale_version');
    expect(errorOf(stale).message).toMatch(
      /Rita Reviewer \(reviewer\) changed it \(Review started\)/,
    );
  });

  it('requires a fresh password before sign-off and approval', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    const noReauth = await mutate(team.reviewer, 'case.signOff', current);
    expect(noReauth.status).toBe(401);
    expect(errorOf(noReauth).code).toBe('reauth_required');

    await reauthenticate(team.reviewer);
    t.clock.advanceMinutes(6);
    expect(errorOf(await mutate(team.reviewer, 'case.signOff', current)).code).toBe(
      'reauth_required',
    );
    await reauthenticate(team.reviewer);
    current = await step(team.reviewer, 'case.signOff', current);

    expect(errorOf(await mutate(team.supervisor, 'case.approve', current)).code).toBe(
      'reauth_required',
    );
  });

  it('refuses an incomplete sign-off with 422 and the open points', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    await reauthenticate(team.reviewer);
    const incomplete = await mutate(team.reviewer, 'case.signOff', current);
    expect(incomplete.status).toBe(422);
    expect(errorOf(incomplete).code).toBe('sign_off_incomplete');
    expect(errorOf(incomplete).paths).toContain('checks.instrument');
    expect(errorOf(incomplete).paths).toContain('decisions.username:@fastcash_invest.phone_number');
  });

  it('refuses to save a disclosure of a category the policy never allows, naming the decision', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    const review = completedReview(current, 'disclose');
    review.decisions = review.decisions.map((d) => ({ ...d, verdict: 'disclose', reason: '' }));
    const refused = await mutate(team.reviewer, 'case.saveReview', current, { review });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).code).toBe('validation');
    const content = review.decisions.findIndex(
      (d) => d.target === 'username:@fastcash_invest' && d.category === 'message_content',
    );
    expect(errorOf(refused).paths).toContain(`args.review.decisions.${content}.verdict`);
  });

  it('refuses an action the lifecycle does not allow with invalid_transition', async () => {
    const current = await importCase(team.reviewer);
    const refused = await mutate(team.reviewer, 'case.reopen', current);
    expect(refused.status).toBe(409);
    expect(errorOf(refused).code).toBe('invalid_transition');
  });

  it('refuses a reviewer approving with forbidden', async () => {
    const current = await signedOffCase(team.reviewer, 'disclose');
    await reauthenticate(team.reviewer2);
    const refused = await mutate(team.reviewer2, 'case.approve', current);
    expect(refused.status).toBe(403);
    expect(errorOf(refused).code).toBe('forbidden');
  });

  it('keeps auditors and administrators from changing cases', async () => {
    const current = await importCase(team.reviewer);
    expect(errorOf(await mutate(team.auditor, 'case.startReview', current)).code).toBe('forbidden');
    expect(errorOf(await mutate(team.admin, 'case.startReview', current)).code).toBe('forbidden');
  });

  it('names the bad argument of a mutation', async () => {
    const current = await importCase(team.reviewer);
    const unknown = await team.reviewer.post('/api/mutations', { name: 'case.delete', args: {} });
    expect(errorOf(unknown)).toMatchObject({ code: 'validation', paths: ['name'] });
    const badArgs = await team.reviewer.post('/api/mutations', {
      name: 'case.startReview',
      args: { caseId: 'not-a-uuid', version: -1 },
    });
    expect(errorOf(badArgs).paths.sort()).toEqual(['args.caseId', 'args.version']);
    const missing = await mutate(team.reviewer, 'case.startReview', {
      ...current,
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(errorOf(missing).code).toBe('not_found');
  });
});

describe('concurrency', () => {
  it('lets one of two simultaneous changes to a case win; the other gets 409', async () => {
    const current = await importCase(team.reviewer);
    const second = await t.database.openAnother();
    const { createApp } = await import('../app');
    // The second request goes through another instance of the service on its own pool.
    const otherInstance = createApp({ db: second, clock: t.clock.now });
    const request = (cookie: string | undefined) =>
      new Request('http://desk.test/api/mutations', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookie ?? '' },
        body: JSON.stringify({
          name: 'case.startReview',
          args: { caseId: current.id, version: current.version },
        }),
      });
    const [a, b] = await Promise.all([
      t.app.fetch(request(team.reviewer.sessionCookie)),
      otherInstance.fetch(request(team.reviewer2.sessionCookie)),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(((await loser.json()) as { error: { code: string } }).error.code).toBe('stale_version');
    const final = CaseDetail.parse((await team.reviewer.get(`/api/cases/${current.id}`)).body);
    expect(final.version).toBe(2);
    expect(final.history.filter((h) => h.action === 'Review started')).toHaveLength(1);
  });

  it('keeps two sign-offs of different cases apart', async () => {
    const [one, two] = await Promise.all([
      importCase(team.reviewer, sampleOrder({ reference: 'A-1' })),
      importCase(team.reviewer2, sampleOrder({ reference: 'A-2' })),
    ]);
    const [a, b] = await Promise.all([
      step(team.reviewer, 'case.startReview', one),
      step(team.reviewer2, 'case.startReview', two),
    ]);
    expect(a.assigneeName).toBe('Rita Reviewer');
    expect(b.assigneeName).toBe('Remy Reviewer');
  });
});
