import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionInfo } from '../../../shared/api';
import { RecoveryCodes, SecondFactorSetup } from '../../../shared/second-factor';
import { CaseDetail } from '../../../shared/case-record';
import { mutate, reauthenticate, signedOffCase, step } from '../../testing/case-steps';
import {
  createdAccount,
  createTestApp,
  setUpSecondFactor,
  setUpTeam,
  signIn,
  TEST_PASSWORD,
  type Team,
  type TestApp,
} from '../../testing/test-app';
import { TestAuthenticator } from '../../testing/test-authenticator';
import { errorOf, type TestClient } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

/** A supervisor whose account is opened and enrolled, without any second factor yet. */
async function newSupervisor(username: string): Promise<{ client: TestClient; id: string }> {
  const created = await team.admin.post('/api/users', {
    username,
    displayName: 'Sonia Supervisor',
    role: 'supervisor',
  });
  const { user, code } = createdAccount(created.body);
  await team.admin2.post(`/api/role-grants/${user.pendingGrant?.id}/confirm`);
  const client = t.client();
  client.setsUpSecondFactor = false;
  const enrolled = await client.post('/api/enrolment', { code, password: TEST_PASSWORD });
  expect(enrolled.status).toBe(200);
  return { client, id: user.id };
}

async function actions(
  prefix: string,
): Promise<{ action: string; actor: string; details: unknown }[]> {
  return t.database.db.query(
    `SELECT action, actor, details FROM audit_events WHERE action LIKE $1 ORDER BY id`,
    [`${prefix}%`],
  );
}

describe('second factor', () => {
  it('leaves a supervisor without one nothing to do but set it up, then counts it', async () => {
    const sonia = await newSupervisor('sonia');
    const info = SessionInfo.parse((await sonia.client.get('/api/session')).body);
    expect(info.secondFactor).toEqual({ enrolled: false, required: true });

    const signedOff = await signedOffCase(team.reviewer, 'disclose');
    const refused = [
      await sonia.client.get('/api/cases'),
      await sonia.client.get(`/api/cases/${signedOff.id}`),
      await sonia.client.post('/api/session/reauth', { password: TEST_PASSWORD }),
      await mutate(sonia.client, 'case.approve', signedOff),
      await sonia.client.post('/api/sync/push', { clientId: 'x', mutations: [] }),
    ];
    for (const response of refused) {
      expect(errorOf(response).code).toBe('second_factor_enrolment_required');
      expect(response.status).toBe(403);
    }

    // A first code that does not match leaves the factor unconfirmed.
    const setup = SecondFactorSetup.parse(
      (await sonia.client.post('/api/session/second-factor/setup')).body,
    );
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(setup.qrSvg).toMatch(/^<svg/);
    const stranger = new TestAuthenticator('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', t.clock);
    const wrong = await sonia.client.post('/api/session/second-factor/confirm', {
      code: stranger.currentCode(),
    });
    expect(errorOf(wrong)).toMatchObject({ code: 'validation', paths: ['code'] });
    expect(errorOf(await sonia.client.get('/api/cases')).code).toBe(
      'second_factor_enrolment_required',
    );

    const mine = new TestAuthenticator(setup.secret, t.clock);
    const confirmed = await sonia.client.post('/api/session/second-factor/confirm', {
      code: await mine.nextCode(),
    });
    expect(confirmed.status).toBe(200);
    sonia.client.authenticator = mine;
    expect((await sonia.client.get('/api/cases')).status).toBe(200);
    await reauthenticate(sonia.client);
    const approved = CaseDetail.parse((await mutate(sonia.client, 'case.approve', signedOff)).body);
    expect(approved.status).toBe('approved');

    // The secret is sealed with a key outside the database.
    const rows = await t.database.db.query<{ secret_sealed: string }>(
      'SELECT secret_sealed FROM second_factors WHERE user_id = $1',
      [sonia.id],
    );
    expect(rows[0]?.secret_sealed).not.toContain(setup.secret);
    expect(await actions('secondFactor.enrolled')).toHaveLength(5);
  });

  it('asks for the code after the password, refuses a wrong or replayed one, and throttles', async () => {
    const client = t.client();
    const noCode = await client.post('/api/session', {
      username: 'supervisor',
      password: TEST_PASSWORD,
    });
    expect(errorOf(noCode)).toMatchObject({ code: 'second_factor_required', paths: ['code'] });
    const wrongPassword = await client.post('/api/session', {
      username: 'supervisor',
      password: 'not the password at all',
    });
    expect(errorOf(wrongPassword).code).toBe('unauthenticated');

    const authenticator = team.supervisor.authenticator!;
    const code = await authenticator.nextCode();
    const login = { username: 'supervisor', password: TEST_PASSWORD, code };
    expect((await client.post('/api/session', login)).status).toBe(200);
    const replayed = await t.client().post('/api/session', login);
    expect(errorOf(replayed)).toMatchObject({ code: 'unauthenticated', paths: ['code'] });

    const refused = await actions('secondFactor.refused');
    expect(refused.map((r) => r.details)).toEqual([
      expect.objectContaining({ reason: 'replayed_code', during: 'sign_in' }),
    ]);
    // Wrong codes count like wrong passwords: the address is slowed down.
    for (let i = 0; i < 3; i += 1) {
      await t.client().post('/api/session', { ...login, code: '000000' });
    }
    const throttled = await t.client().post('/api/session', {
      ...login,
      code: await authenticator.nextCode(),
    });
    expect(errorOf(throttled).code).toBe('rate_limited');
  });

  it('takes each recovery code once, and records its use', async () => {
    const sonia = await newSupervisor('sonia');
    const recoveryCodes = await setUpSecondFactor(t, sonia.client, 'sonia');
    expect(new Set(recoveryCodes).size).toBe(10);
    const [first] = recoveryCodes;
    const login = { username: 'sonia', password: TEST_PASSWORD, code: first };
    expect((await t.client().post('/api/session', login)).status).toBe(200);
    expect(errorOf(await t.client().post('/api/session', login)).paths).toEqual(['code']);
    const used = await actions('secondFactor.recoveryCodeUsed');
    expect(used).toEqual([
      expect.objectContaining({
        actor: 'sonia',
        details: expect.objectContaining({ remaining: 9 }),
      }),
    ]);
    // The database keeps digests only.
    const stored = await t.database.db.query<{ code_sha256: string }>(
      'SELECT code_sha256 FROM recovery_codes',
    );
    expect(stored.some((r) => recoveryCodes.some((c) => r.code_sha256.includes(c)))).toBe(false);
  });

  it('asks for the code again before sign-off and approval, and refuses a replayed one', async () => {
    const current = await signedOffCase(team.reviewer, 'disclose');
    const passwordOnly = await team.supervisor.post('/api/session/reauth', {
      password: TEST_PASSWORD,
    });
    expect(errorOf(passwordOnly)).toMatchObject({ code: 'reauth_required', paths: ['code'] });
    expect(errorOf(await mutate(team.supervisor, 'case.approve', current)).code).toBe(
      'reauth_required',
    );
    const authenticator = team.supervisor.authenticator!;
    const code = await authenticator.nextCode();
    const proof = { password: TEST_PASSWORD, code };
    expect((await team.supervisor.post('/api/session/reauth', proof)).status).toBe(200);
    expect(errorOf(await team.supervisor.post('/api/session/reauth', proof))).toMatchObject({
      code: 'reauth_required',
      paths: ['code'],
    });
    const approved = await step(team.supervisor, 'case.approve', current);
    expect(approved.status).toBe('approved');

    // A reviewer who chose a second factor is asked for it at sign-off too.
    await setUpSecondFactor(t, team.reviewer2, 'reviewer2');
    const bare = await team.reviewer2.post('/api/session/reauth', { password: TEST_PASSWORD });
    expect(errorOf(bare).paths).toEqual(['code']);
    await reauthenticate(team.reviewer2);
  });

  it('is reset with the password, by an administrator, recorded with both names', async () => {
    const reset = await team.admin.post(`/api/users/${team.ids.supervisor}/enrolment`);
    expect(reset.status).toBe(200);
    const { code } = reset.body as { code: string };
    const [event] = await actions('secondFactor.reset');
    expect(event).toMatchObject({ actor: 'admin', details: { username: 'supervisor' } });

    const again = t.client();
    again.setsUpSecondFactor = false;
    expect((await again.post('/api/enrolment', { code, password: TEST_PASSWORD })).status).toBe(
      200,
    );
    // The role waits for another administrator, as when it was first granted.
    const asReviewer = SessionInfo.parse((await again.get('/api/session')).body);
    expect(asReviewer.user.role).toBe('reviewer');
    const [grant] = await t.database.db.query<{ id: string }>(
      'SELECT id FROM role_grants WHERE user_id = $1 AND outcome IS NULL',
      [team.ids.supervisor],
    );
    expect((await team.admin2.post(`/api/role-grants/${grant?.id}/confirm`)).status).toBe(200);
    const info = SessionInfo.parse((await again.get('/api/session')).body);
    expect(info.secondFactor).toEqual({ enrolled: false, required: true });
    expect(errorOf(await again.get('/api/cases')).code).toBe('second_factor_enrolment_required');
  });

  it('may be removed by a reviewer with password and code, never by a supervisor', async () => {
    await setUpSecondFactor(t, team.reviewer, 'reviewer');
    const authenticator = team.reviewer.authenticator!;
    const wrong = await team.reviewer.post('/api/session/second-factor/remove', {
      password: TEST_PASSWORD,
      code: '000000',
    });
    expect(errorOf(wrong).paths).toEqual(['code']);
    const removed = await team.reviewer.post('/api/session/second-factor/remove', {
      password: TEST_PASSWORD,
      code: await authenticator.nextCode(),
    });
    expect(removed.status).toBe(200);
    expect(await actions('secondFactor.removed')).toEqual([
      expect.objectContaining({ actor: 'reviewer' }),
    ]);
    const supervisor = await team.supervisor.post('/api/session/second-factor/remove', {
      password: TEST_PASSWORD,
      code: await team.supervisor.authenticator!.nextCode(),
    });
    expect(errorOf(supervisor).code).toBe('forbidden');
  });

  it('renews the recovery codes with password and code: the old ones stop working at once', async () => {
    const old = await setUpSecondFactor(t, team.reviewer, 'reviewer');
    const authenticator = team.reviewer.authenticator!;
    const renew = (body: unknown) =>
      team.reviewer.post('/api/session/second-factor/recovery-codes', body);
    const signInWith = (code: string) =>
      t.client().post('/api/session', { username: 'reviewer', password: TEST_PASSWORD, code });

    // No re-authentication, a wrong password, a wrong code, a recovery code: refused, no change.
    expect((await t.client().post('/api/session/second-factor/recovery-codes', {})).status).toBe(
      401,
    );
    expect(errorOf(await renew({})).paths).toEqual(expect.arrayContaining(['password', 'code']));
    expect(errorOf(await renew({ password: TEST_PASSWORD })).paths).toEqual(['code']);
    const wrongPassword = await renew({
      password: 'not the password at all',
      code: await authenticator.nextCode(),
    });
    expect(errorOf(wrongPassword)).toMatchObject({ code: 'reauth_required', paths: ['password'] });
    expect(errorOf(await renew({ password: TEST_PASSWORD, code: '000000' }))).toMatchObject({
      code: 'reauth_required',
      paths: ['code'],
    });
    t.clock.advanceSeconds(60);
    const withRecovery = await renew({ password: TEST_PASSWORD, code: old[0] });
    expect(errorOf(withRecovery)).toMatchObject({ code: 'validation', paths: ['code'] });
    expect(await actions('secondFactor.recoveryCodesRenewed')).toEqual([]);

    const code = await authenticator.nextCode();
    const renewed = await renew({ password: TEST_PASSWORD, code });
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    const fresh = RecoveryCodes.parse(renewed.body).recoveryCodes;
    expect(new Set(fresh).size).toBe(10);
    expect(fresh.filter((c) => old.includes(c))).toEqual([]);
    expect(await actions('secondFactor.recoveryCodesRenewed')).toEqual([
      expect.objectContaining({
        actor: 'reviewer',
        details: expect.objectContaining({ recoveryCodes: 10 }),
      }),
    ]);
    // The code that renewed them is spent.
    const replayed = await renew({ password: TEST_PASSWORD, code });
    expect(errorOf(replayed)).toMatchObject({ code: 'reauth_required', paths: ['code'] });
    expect(await actions('secondFactor.recoveryCodesRenewed')).toHaveLength(1);
    t.clock.advanceSeconds(60);

    // Not one old code signs in, even one never used; each new one signs in once.
    expect(errorOf(await signInWith(old[1]!)).paths).toEqual(['code']);
    t.clock.advanceSeconds(60);
    expect(errorOf(await signInWith(old[9]!)).paths).toEqual(['code']);
    t.clock.advanceSeconds(60);
    expect((await signInWith(fresh[0]!)).status).toBe(200);
    expect(errorOf(await signInWith(fresh[0]!)).paths).toEqual(['code']);
    t.clock.advanceSeconds(60);
    expect((await signInWith(fresh[1]!)).status).toBe(200);
    const stored = await t.database.db.query<{ n: number; unused: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE used_at IS NULL)::int AS unused
         FROM recovery_codes WHERE user_id = $1`,
      [team.ids.reviewer],
    );
    expect(stored).toEqual([{ n: 10, unused: 8 }]);
  });

  it('renews a supervisor’s codes too, and refuses anyone without a second factor', async () => {
    const renewed = await team.supervisor.post('/api/session/second-factor/recovery-codes', {
      password: TEST_PASSWORD,
      code: await team.supervisor.authenticator!.nextCode(),
    });
    expect(RecoveryCodes.parse(renewed.body).recoveryCodes).toHaveLength(10);
    const none = await team.reviewer2.post('/api/session/second-factor/recovery-codes', {
      password: TEST_PASSWORD,
      code: '123456',
    });
    expect(errorOf(none).code).toBe('invalid_transition');
  });

  it('lets an administrator end anyone’s session, recorded with both names', async () => {
    const laptop = t.client();
    expect((await signIn(laptop, 'supervisor')).status).toBe(200);
    const listed = (await team.admin.get(`/api/users/${team.ids.supervisor}/sessions`)).body as {
      sessions: { id: string }[];
    };
    expect(listed.sessions).toHaveLength(2);
    for (const { id } of listed.sessions) {
      expect((await team.admin.delete(`/api/sessions/${id}`)).status).toBe(200);
    }
    expect(errorOf(await laptop.get('/api/session')).code).toBe('unauthenticated');
    expect(
      errorOf(await team.reviewer.delete(`/api/sessions/${listed.sessions[0]?.id}`)).code,
    ).toBe('not_found');
    const ended = await actions('session.ended');
    expect(ended.at(-1)).toMatchObject({ actor: 'admin', details: { username: 'supervisor' } });
  });
});
