import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionInfo } from '../../../shared/api';
import { IssuedEnrolment, type User } from '../../../shared/users';
import {
  createdAccount,
  createTestApp,
  enrol,
  setUpTeam,
  TEST_PASSWORD,
  type Team,
  type TestApp,
} from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

const NEW_PASSWORD = 'a long sentence only she knows';

async function openAccount(username = 'nadia', displayName = 'Nadia Novak') {
  const created = await team.admin.post('/api/users', { username, displayName, role: 'reviewer' });
  expect(created.status).toBe(200);
  return createdAccount(created.body);
}

describe('enrolment', () => {
  it('opens an account without a password and shows its code once, keeping only a digest', async () => {
    const { user, code } = await openAccount();
    expect(user).toMatchObject({ username: 'nadia', enrolled: false, pendingGrant: null });
    const [row] = await t.database.db.query<{ password_hash: string | null }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [user.id],
    );
    expect(row?.password_hash).toBeNull();
    const stored = await t.database.db.query<{ code_sha256: string }>(
      'SELECT code_sha256 FROM enrolments WHERE user_id = $1',
      [user.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.code_sha256).not.toContain(code);
    const listed = await team.admin.get('/api/users');
    expect(JSON.stringify(listed.body)).not.toContain(code);
    // Nobody signs in to an account that has no password yet, whatever they try.
    for (const password of ['', TEST_PASSWORD, 'null']) {
      const login = await t.client().post('/api/session', { username: 'nadia', password });
      expect([400, 401]).toContain(login.status);
    }
  });

  it('lets the person set their own password once, and signs them in', async () => {
    const { code } = await openAccount();
    const nadia = t.client();
    const enrolled = await nadia.post('/api/enrolment', { code, password: NEW_PASSWORD });
    expect(enrolled.status).toBe(200);
    expect(SessionInfo.parse(enrolled.body).user.username).toBe('nadia');
    expect((await nadia.get('/api/session')).status).toBe(200);

    const again = await t
      .client()
      .post('/api/enrolment', { code, password: 'another long pass phrase' });
    expect(errorOf(again)).toMatchObject({ code: 'not_found', paths: ['code'] });
    const login = await t
      .client()
      .post('/api/session', { username: 'nadia', password: NEW_PASSWORD });
    expect(login.status).toBe(200);
    const users = (await team.admin.get('/api/users')).body as { users: User[] };
    expect(users.users.find((u) => u.username === 'nadia')?.enrolled).toBe(true);
  });

  it('expires 72 hours after it was issued', async () => {
    const first = await openAccount('nadia');
    const second = await openAccount('omar', 'Omar Odu');
    t.clock.advanceMinutes(72 * 60 - 1);
    expect(
      (await t.client().post('/api/enrolment', { code: first.code, password: NEW_PASSWORD }))
        .status,
    ).toBe(200);
    t.clock.advanceMinutes(1);
    const late = await t
      .client()
      .post('/api/enrolment', { code: second.code, password: NEW_PASSWORD });
    expect(errorOf(late).code).toBe('not_found');
    expect(errorOf(late).message).toMatch(/expired/);
  });

  it('refuses short, common and self-naming passwords, without spending the code', async () => {
    const { code } = await openAccount();
    const refusals: [string, RegExp][] = [
      ['short pass', /at least 12/],
      ['passwordpassword', /most common/],
      ['qwertyuiop123', /most common/],
      ['Password1234567!', /most common/],
      ['my name is nadia, hi', /username or your name/],
      ['NOVAK rules the desk', /username or your name/],
    ];
    for (const [password, reason] of refusals) {
      const refused = await t.client().post('/api/enrolment', { code, password });
      expect(refused.status, password).toBe(400);
      expect(errorOf(refused).paths).toEqual(['password']);
      expect(JSON.stringify(refused.body), password).toMatch(reason);
    }
    await enrol(t, code, NEW_PASSWORD);
  });

  it('refuses a mistyped or malformed code, naming the field', async () => {
    const wrong = await t.client().post('/api/enrolment', {
      code: 'A'.repeat(32),
      password: NEW_PASSWORD,
    });
    expect(errorOf(wrong)).toMatchObject({ code: 'not_found', paths: ['code'] });
    const malformed = await t.client().post('/api/enrolment', {
      code: "' OR 1=1 --",
      password: NEW_PASSWORD,
    });
    expect(errorOf(malformed)).toMatchObject({ code: 'validation', paths: ['code'] });
  });

  it('resets a password as a new enrolment: old password void, every session ended', async () => {
    const other = t.client();
    expect(
      (await other.post('/api/session', { username: 'reviewer', password: TEST_PASSWORD })).status,
    ).toBe(200);
    const reset = await team.admin.post(`/api/users/${team.ids.reviewer}/enrolment`);
    expect(reset.status).toBe(200);
    const { code } = IssuedEnrolment.parse(reset.body);
    expect(errorOf(await team.reviewer.get('/api/session')).code).toBe('unauthenticated');
    expect(errorOf(await other.get('/api/session')).code).toBe('unauthenticated');
    const old = await t.client().post('/api/session', {
      username: 'reviewer',
      password: TEST_PASSWORD,
    });
    expect(old.status).toBe(401);

    // A second reset replaces the first code.
    const again = IssuedEnrolment.parse(
      (await team.admin.post(`/api/users/${team.ids.reviewer}/enrolment`)).body,
    );
    const stale = await t.client().post('/api/enrolment', { code, password: NEW_PASSWORD });
    expect(errorOf(stale).code).toBe('not_found');
    await enrol(t, again.code, NEW_PASSWORD);

    const own = await team.admin.post(`/api/users/${team.ids.admin}/enrolment`);
    expect(errorOf(own).code).toBe('forbidden');
    const byReviewer = await team.reviewer2.post(`/api/users/${team.ids.reviewer}/enrolment`);
    expect(errorOf(byReviewer).code).toBe('forbidden');
  });

  it('records issue, enrolment and reset in the audit trail', async () => {
    const { user, code } = await openAccount();
    await enrol(t, code, NEW_PASSWORD);
    await team.admin.post(`/api/users/${user.id}/enrolment`);
    const events = await t.database.db.query<{ action: string; actor: string }>(
      `SELECT action, actor FROM audit_events
        WHERE details->>'userId' = $1 AND action LIKE 'user.%' ORDER BY id`,
      [user.id],
    );
    expect(events).toEqual([
      { action: 'user.create', actor: 'admin' },
      { action: 'user.enrolmentIssued', actor: 'admin' },
      { action: 'user.enrolled', actor: 'nadia' },
      { action: 'user.passwordReset', actor: 'admin' },
      { action: 'user.enrolmentIssued', actor: 'admin' },
    ]);
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, ends the other sessions and keeps this one', async () => {
    const elsewhere = t.client();
    await elsewhere.post('/api/session', { username: 'reviewer', password: TEST_PASSWORD });
    const wrong = await team.reviewer.post('/api/session/password', {
      currentPassword: 'not my password',
      newPassword: NEW_PASSWORD,
    });
    expect(errorOf(wrong)).toMatchObject({ code: 'reauth_required', paths: ['currentPassword'] });
    const common = await team.reviewer.post('/api/session/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'iloveyou12345',
    });
    expect(errorOf(common)).toMatchObject({ code: 'validation', paths: ['newPassword'] });

    const changed = await team.reviewer.post('/api/session/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(200);
    expect((await team.reviewer.get('/api/session')).status).toBe(200);
    expect(errorOf(await elsewhere.get('/api/session')).code).toBe('unauthenticated');
    const old = await t.client().post('/api/session', {
      username: 'reviewer',
      password: TEST_PASSWORD,
    });
    expect(old.status).toBe(401);
    const fresh = await t.client().post('/api/session', {
      username: 'reviewer',
      password: NEW_PASSWORD,
    });
    expect(fresh.status).toBe(200);
    const events = await t.database.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE action LIKE 'user.passwordChange%' ORDER BY id",
    );
    expect(events.map((e) => e.action)).toEqual([
      'user.passwordChangeFailed',
      'user.passwordChanged',
    ]);
  });
});
