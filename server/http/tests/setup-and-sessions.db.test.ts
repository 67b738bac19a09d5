import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionInfo, SetupStatus } from '../../../shared/api';
import { createTestApp, setUpTeam, TEST_PASSWORD, type TestApp } from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

describe('first administrator', () => {
  it('is needed on an empty installation, created once, and signed in', async () => {
    const client = t.client();
    expect(SetupStatus.parse((await client.get('/api/setup')).body)).toEqual({
      needsFirstAdmin: true,
    });

    const created = await client.post('/api/setup/first-admin', {
      username: 'Founder',
      displayName: 'Fay Founder',
      password: TEST_PASSWORD,
    });
    expect(created.status).toBe(200);
    const info = SessionInfo.parse(created.body);
    expect(info.user).toMatchObject({ username: 'founder', role: 'admin' });
    const cookie = created.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^dd_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);

    expect((await client.get('/api/session')).status).toBe(200);
    expect(SetupStatus.parse((await client.get('/api/setup')).body)).toEqual({
      needsFirstAdmin: false,
    });
  });

  it('is refused with setup_done once any user exists', async () => {
    await setUpTeam(t);
    const again = await t.client().post('/api/setup/first-admin', {
      username: 'intruder',
      displayName: 'Someone Else',
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(409);
    expect(errorOf(again).code).toBe('setup_done');
  });

  it('lets only one of two simultaneous setups win', async () => {
    const attempts = await Promise.all(
      ['first', 'second'].map((name) =>
        t.client().post('/api/setup/first-admin', {
          username: name,
          displayName: name,
          password: TEST_PASSWORD,
        }),
      ),
    );
    expect(attempts.map((a) => a.status).sort()).toEqual([200, 409]);
  });

  it('names each invalid field', async () => {
    const bad = await t.client().post('/api/setup/first-admin', {
      username: 'x',
      displayName: '',
      password: 'short',
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).paths.sort()).toEqual(['displayName', 'password', 'username']);
  });

  it('stores only an argon2id hash of the password', async () => {
    await setUpTeam(t);
    const rows = await t.database.db.query<{ password_hash: string }>(
      'SELECT password_hash FROM users',
    );
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.password_hash).not.toContain(TEST_PASSWORD);
    }
  });
});

describe('sign-in', () => {
  it('opens a session, which sign-out ends', async () => {
    const team = await setUpTeam(t);
    const me = await team.reviewer.get('/api/session');
    expect(SessionInfo.parse(me.body).user.role).toBe('reviewer');
    const stored = await t.database.db.query<{ token_sha256: string }>(
      'SELECT token_sha256 FROM sessions',
    );
    const token = team.reviewer.sessionCookie?.split('=')[1] ?? '';
    expect(stored.map((s) => s.token_sha256)).not.toContain(token);

    const cookie = team.reviewer.sessionCookie;
    expect((await team.reviewer.delete('/api/session')).status).toBe(200);
    expect(team.reviewer.sessionCookie).toBeUndefined();
    team.reviewer.sessionCookie = cookie;
    expect(errorOf(await team.reviewer.get('/api/session')).code).toBe('unauthenticated');
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    await setUpTeam(t);
    const unknown = await t.client().post('/api/session', { username: 'nobody', password: 'x' });
    const wrong = await t.client().post('/api/session', { username: 'reviewer', password: 'x' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(errorOf(unknown).message).toBe(errorOf(wrong).message);
  });

  it('audits successful and failed sign-ins', async () => {
    await setUpTeam(t);
    await t.client().post('/api/session', { username: 'reviewer', password: 'nope' });
    const actions = await t.database.db.query<{ action: string; actor: string }>(
      "SELECT action, actor FROM audit_events WHERE action LIKE 'session.login%' ORDER BY id",
    );
    // Two administrators and five members, each signed in by enrolling.
    expect(actions.filter((a) => a.action === 'session.login')).toHaveLength(7);
    expect(actions.at(-1)).toEqual({ action: 'session.loginFailed', actor: 'reviewer' });
  });
});

describe('session lifetime', () => {
  it('ends after 30 idle minutes', async () => {
    const team = await setUpTeam(t);
    t.clock.advanceMinutes(29);
    expect((await team.reviewer.get('/api/session')).status).toBe(200);
    t.clock.advanceMinutes(29);
    expect((await team.reviewer.get('/api/session')).status).toBe(200);
    t.clock.advanceMinutes(30);
    expect(errorOf(await team.reviewer.get('/api/session')).code).toBe('unauthenticated');
  });

  it('ends 12 hours after sign-in however active', async () => {
    const team = await setUpTeam(t);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      t.clock.advanceMinutes(20);
      expect((await team.reviewer.get('/api/session')).status).toBe(200);
    }
    t.clock.advanceMinutes(20);
    expect(errorOf(await team.reviewer.get('/api/session')).code).toBe('unauthenticated');
  });

  it('marks the cookie Secure when configured', async () => {
    const { createApp } = await import('../app');
    const app = createApp({ db: t.database.db, clock: t.clock.now, secureCookies: true });
    const response = await app.fetch(
      new Request('http://desk.test/api/setup/first-admin', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', displayName: 'A', password: TEST_PASSWORD }),
      }),
    );
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
  });
});

describe('re-authentication', () => {
  it('accepts the right password and refuses a wrong one, naming the field', async () => {
    const team = await setUpTeam(t);
    // A reviewer without a second factor: a supervisor gives a code too (second-factor tests).
    const wrong = await team.reviewer.post('/api/session/reauth', { password: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(errorOf(wrong)).toMatchObject({ code: 'reauth_required', paths: ['password'] });
    const right = await team.reviewer.post('/api/session/reauth', { password: TEST_PASSWORD });
    expect(right.status).toBe(200);
  });
});
