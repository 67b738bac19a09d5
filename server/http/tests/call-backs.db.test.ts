import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseDetail } from '../../../shared/case-record';
import { PushResponse } from '../../../shared/sync';
import {
  callBackArgs,
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

const DIRECTORY_PHONE = '+44 20 7946 0101';
const ORDER_PHONE = '+33 1 87 65 43 21';

/** An order whose own contact is not the directory's: the forger's number. */
function orderWithItsOwnNumber(reference = 'FR-TJP-2026-12077') {
  return sampleOrder({
    reference,
    authority: {
      name: 'Tribunal judiciaire de Paris',
      country: 'FR',
      kind: 'investigating_judge',
      contact: { name: 'Greffe', phone: ORDER_PHONE },
    },
  });
}

const callBack = callBackArgs;

async function caseNow(client: TestClient, caseId: string): Promise<CaseDetail> {
  return CaseDetail.parse((await client.get(`/api/cases/${caseId}`)).body);
}

async function push(client: TestClient, mutations: { seq: number; name: string; args: unknown }[]) {
  const response = await client.post('/api/sync/push', { clientId: randomUUID(), mutations });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PushResponse.parse(response.body);
}

async function auditActions(caseId: string): Promise<string[]> {
  const rows = await t.database.db.query<{ action: string }>(
    'SELECT action FROM audit_events WHERE case_id = $1 ORDER BY id',
    [caseId],
  );
  return rows.map((r) => r.action);
}

describe('a call-back counts only through a number of record', () => {
  it('refuses the number printed on the order, on the direct route', async () => {
    let current = await importCase(team.reviewer, orderWithItsOwnNumber());
    current = await step(team.reviewer, 'case.startReview', current);
    for (const claimed of [
      callBack({ contactUsed: ORDER_PHONE }),
      callBack({ contactUsed: '+33 (1) 87-65-43-21', source: 'directory' }),
      callBack({
        contactUsed: ORDER_PHONE,
        source: 'official_website',
        sourceReference: 'https://www.tj-paris.example/contact',
      }),
    ]) {
      const refused = await mutate(team.reviewer2, 'case.recordVerification', current, claimed);
      expect(refused.status).toBe(400);
      expect(errorOf(refused)).toMatchObject({
        code: 'validation',
        paths: ['args.verification.contactUsed'],
      });
      expect(errorOf(refused).message).toContain('is taken from the order itself');
    }
    const after = await caseNow(team.reviewer, current.id);
    expect(after).toMatchObject({ version: current.version, verifications: [] });
    expect(await auditActions(current.id)).not.toContain('case.recordVerification');
  });

  it('refuses the number printed on the order in a pushed mutation, and goes on with the queue', async () => {
    let current = await importCase(team.reviewer, orderWithItsOwnNumber());
    current = await step(team.reviewer, 'case.startReview', current);
    const args = (extra: Record<string, unknown>) => ({
      caseId: current.id,
      version: current.version,
      ...extra,
    });
    const result = await push(team.reviewer2, [
      {
        seq: 1,
        name: 'case.recordVerification',
        args: args(callBack({ contactUsed: ORDER_PHONE })),
      },
      { seq: 2, name: 'case.recordVerification', args: args(callBack()) },
    ]);
    const [refused, applied] = result.acks;
    expect(refused).toMatchObject({
      seq: 1,
      status: 'refused',
      error: { code: 'validation', issues: [{ path: 'args.verification.contactUsed' }] },
    });
    expect(refused?.status === 'refused' && refused.error.message).toContain(
      'is taken from the order itself',
    );
    expect(applied).toMatchObject({ seq: 2, status: 'applied' });
    const after = await caseNow(team.reviewer, current.id);
    expect(after.verifications).toMatchObject([
      { contactUsed: DIRECTORY_PHONE, source: 'directory', sourceReference: '' },
    ]);
  });

  it('accepts an independently found number only with its source, and shows the source', async () => {
    let current = await importCase(team.reviewer, orderWithItsOwnNumber());
    current = await step(team.reviewer, 'case.startReview', current);
    const independent = { contactUsed: '+33 1 44 32 50 00', source: 'registry' };
    const unsourced = await mutate(
      team.reviewer2,
      'case.recordVerification',
      current,
      callBack(independent),
    );
    expect(errorOf(unsourced)).toMatchObject({
      code: 'validation',
      paths: ['args.verification.sourceReference'],
    });
    const notDirectory = await mutate(
      team.reviewer2,
      'case.recordVerification',
      current,
      callBack({ contactUsed: '+33 1 44 32 50 00' }),
    );
    expect(errorOf(notDirectory).paths).toEqual(['args.verification.contactUsed']);
    expect(errorOf(notDirectory).message).toContain('is not the directory’s number');

    current = await step(
      team.reviewer2,
      'case.recordVerification',
      current,
      callBack({ ...independent, sourceReference: 'Annuaire des juridictions: TJ Paris' }),
    );
    expect(current.verifications).toMatchObject([
      {
        contactUsed: '+33 1 44 32 50 00',
        source: 'registry',
        sourceReference: 'Annuaire des juridictions: TJ Paris',
        recordedByName: 'Remy Reviewer',
      },
    ]);
  });
});

describe('a sender domain imitating the directory’s', () => {
  it('needs a second person’s call-back before authenticity can pass', async () => {
    const order = sampleOrder({
      reference: 'FR-TJP-2026-LOOKALIKE',
      authority: {
        name: 'Tribunal judiciaire de Paris',
        country: 'FR',
        kind: 'investigating_judge',
        contact: { name: 'Greffe', email: 'greffe-penal@xn--tj-pris-5fg.example' },
      },
    });
    let current = await importCase(team.reviewer, order);
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    await reauthenticate(team.reviewer);
    const refused = await mutate(team.reviewer, 'case.signOff', current);
    expect(errorOf(refused)).toMatchObject({
      code: 'sign_off_incomplete',
      paths: ['checks.authenticity'],
    });
    const body = refused.body as { error: { issues: { message: string }[] } };
    expect(body.error.issues[0]?.message).toContain(
      'the sender’s domain tj-pаris.example (written xn--tj-pris-5fg.example) imitates the directory’s domain tj-paris.example',
    );

    current = await step(team.reviewer2, 'case.recordVerification', current, callBack());
    current = await step(team.reviewer, 'case.signOff', current);
    expect(current.status).toBe('signed_off');
    expect(current.decidedUnder?.verdict.checks.authenticity.result).toBe('pass');
  });
});

describe('a call-back by someone who took part in the review', () => {
  /** An emergency Rita has reviewed in full and handed back, so that she no longer holds it. */
  async function reviewedAndReleased(reference: string) {
    let current = await importCase(team.reviewer, sampleOrder({ reference, emergency: true }));
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    return step(team.reviewer, 'case.release', current);
  }

  it('is refused from the reviewer once she has let go of the case, and a colleague cannot sign off without one', async () => {
    let current = await reviewedAndReleased('URG-OWN-CB-1');
    const own = await mutate(
      team.reviewer,
      'case.recordVerification',
      current,
      callBack({ calledBy: 'Rita Reviewer' }),
    );
    expect(own.status).toBe(403);
    expect(errorOf(own)).toMatchObject({
      code: 'four_eyes',
      message:
        'You reviewed this case; a call-back must be recorded by someone who took no part in its review.',
    });
    expect(await auditActions(current.id)).not.toContain('case.recordVerification');

    current = await step(team.reviewer2, 'case.claim', current);
    await reauthenticate(team.reviewer2);
    const signed = await mutate(team.reviewer2, 'case.signOff', current);
    expect(errorOf(signed)).toMatchObject({
      code: 'sign_off_incomplete',
      paths: ['checks.authenticity'],
    });
  });

  it('does not count once its author takes part in the review after recording it', async () => {
    let current = await importCase(
      team.reviewer,
      sampleOrder({ reference: 'URG-OWN-CB-2', emergency: true }),
    );
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer2, 'case.recordVerification', current, callBack());
    // Remy then holds the case for a while: he neither holds it nor signs it off at the end.
    current = await step(team.reviewer, 'case.release', current);
    current = await step(team.reviewer2, 'case.claim', current);
    current = await step(team.reviewer2, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    current = await step(team.reviewer2, 'case.release', current);
    current = await step(team.reviewer, 'case.claim', current);
    expect(current.verifications).toMatchObject([
      { recordedByName: 'Remy Reviewer', secondPerson: false },
    ]);

    await reauthenticate(team.reviewer);
    const refused = await mutate(team.reviewer, 'case.signOff', current);
    expect(errorOf(refused)).toMatchObject({
      code: 'sign_off_incomplete',
      paths: ['checks.authenticity'],
    });

    // Someone who had no part in the review makes the call-back that counts.
    current = await step(
      team.supervisor,
      'case.recordVerification',
      current,
      callBack({ calledBy: 'Sam Supervisor' }),
    );
    current = await step(team.reviewer, 'case.signOff', current);
    expect(current.decidedUnder?.verdict.checks.authenticity.result).toBe('pass');
    await reauthenticate(team.supervisor2);
    expect((await step(team.supervisor2, 'case.approve', current)).status).toBe('approved');
  });
});

describe('whoever recorded a call-back', () => {
  async function signedOffWithCallBackBy(caller: TestClient, reference: string) {
    let current = await importCase(team.reviewer, sampleOrder({ reference, emergency: true }));
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(caller, 'case.recordVerification', current, callBack());
    current = await step(team.reviewer, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    await reauthenticate(team.reviewer);
    return step(team.reviewer, 'case.signOff', current);
  }

  it('may not approve the case, on the direct route or in a pushed mutation', async () => {
    const signed = await signedOffWithCallBackBy(team.supervisor, 'URG-CB-1');
    await reauthenticate(team.supervisor);
    const direct = await mutate(team.supervisor, 'case.approve', signed);
    expect(direct.status).toBe(403);
    expect(errorOf(direct)).toMatchObject({ code: 'four_eyes' });
    expect(errorOf(direct).message).toBe(
      'You recorded a call-back for this case; another supervisor must approve it.',
    );
    const pushed = await push(team.supervisor, [
      { seq: 1, name: 'case.approve', args: { caseId: signed.id, version: signed.version } },
    ]);
    expect(pushed.acks[0]).toMatchObject({ status: 'refused', error: { code: 'four_eyes' } });
    expect((await caseNow(team.supervisor, signed.id)).status).toBe('signed_off');

    await reauthenticate(team.supervisor2);
    const approved = await step(team.supervisor2, 'case.approve', signed);
    expect(approved.status).toBe('approved');
  });

  it('may not approve it after being made a supervisor either', async () => {
    const signed = await signedOffWithCallBackBy(team.reviewer2, 'URG-CB-2');
    const asked = await team.admin.patch(`/api/users/${team.ids.reviewer2}`, {
      role: 'supervisor',
    });
    // The supervisor role takes the second administrator's confirmation.
    const grant = (asked.body as { pendingGrant: { id: string } }).pendingGrant;
    const promoted = await team.admin2.post(`/api/role-grants/${grant.id}/confirm`);
    expect(promoted.status).toBe(200);
    await reauthenticate(team.reviewer2);
    const refused = await mutate(team.reviewer2, 'case.approve', signed);
    expect(errorOf(refused)).toMatchObject({ code: 'four_eyes' });
    expect(errorOf(refused).message).toMatch(/^You recorded a call-back for this case/);
  });
});
