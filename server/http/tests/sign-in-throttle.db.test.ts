import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import {
  createTestApp,
  setUpTeam,
  TEST_PASSWORD,
  type Team,
  type TestApp,
} from '../../testing/test-app';
import { errorOf, TestClient } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

const ATTACKER = '203.0.113.9';
const HOLDER = '198.51.100.4';

function signIn(client: TestClient, password: string, from: string, username = 'reviewer') {
  return client.post('/api/session', { username, password }, { client: from });
}

describe('sign-in throttling', () => {
  it('slows one address down with growing delays, and never the right password from another', async () => {
    const attacker = t.client();
    for (let i = 0; i < 3; i++) {
      expect((await signIn(attacker, 'guess', ATTACKER)).status).toBe(401);
    }
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const refused = await signIn(attacker, TEST_PASSWORD, ATTACKER);
      expect(errorOf(refused).code).toBe('rate_limited');
      const wait = Number(refused.headers.get('retry-after'));
      waits.push(wait);
      t.clock.advanceSeconds(wait);
      expect((await signIn(attacker, 'guess', ATTACKER)).status).toBe(401);
      // Meanwhile the account's holder signs in from their own address at once.
      expect((await signIn(t.client(), TEST_PASSWORD, HOLDER)).status).toBe(200);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32]);
    // The delay is bounded: an address is never shut out.
    t.clock.advanceMinutes(5);
    expect((await signIn(attacker, TEST_PASSWORD, ATTACKER)).status).toBe(200);
  });

  it('slows down an address spraying many usernames, not the others behind other addresses', async () => {
    const sprayer = t.client();
    for (let i = 0; i < 20; i++) {
      await signIn(sprayer, 'guess', ATTACKER, `user${i}`);
    }
    const sprayed = await signIn(sprayer, TEST_PASSWORD, ATTACKER);
    expect(errorOf(sprayed).code).toBe('rate_limited');
    expect(Number(sprayed.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await signIn(t.client(), TEST_PASSWORD, HOLDER)).status).toBe(200);
  });

  it('counts wrong re-authentication passwords, so an open session is no guessing oracle', async () => {
    for (let i = 0; i < 3; i++) {
      await team.reviewer.post('/api/session/reauth', { password: 'guess' });
    }
    const refused = await team.reviewer.post('/api/session/reauth', { password: TEST_PASSWORD });
    expect(errorOf(refused).code).toBe('rate_limited');
  });

  it('is released by an administrator, and by no one else', async () => {
    const attacker = t.client();
    for (let i = 0; i < 3; i++) await signIn(attacker, 'guess', ATTACKER);
    expect(errorOf(await signIn(attacker, TEST_PASSWORD, ATTACKER)).code).toBe('rate_limited');

    const listed = await team.admin.get('/api/sign-in-throttles');
    expect(listed.body).toMatchObject({
      throttles: [{ username: 'reviewer', client: ATTACKER, failures: 3 }],
    });
    const byReviewer = await team.reviewer2.post('/api/sign-in-throttles/release', {
      username: 'reviewer',
    });
    expect(errorOf(byReviewer).code).toBe('forbidden');
    const nothingNamed = await team.admin.post('/api/sign-in-throttles/release', {});
    expect(errorOf(nothingNamed).code).toBe('validation');
    const released = await team.admin.post('/api/sign-in-throttles/release', {
      username: 'reviewer',
      client: ATTACKER,
    });
    expect(released.body).toEqual({ released: 3 });
    expect((await signIn(attacker, TEST_PASSWORD, ATTACKER)).status).toBe(200);
    const [event] = await t.database.db.query<{ actor: string }>(
      "SELECT actor FROM audit_events WHERE action = 'session.throttleReleased'",
    );
    expect(event?.actor).toBe('admin');
  });
});

describe('the client address', () => {
  const forwardedFrom = (app: ReturnType<typeof createApp>, forwarded: string) =>
    new TestClient(app).request('POST', '/api/session', {
      json: { username: 'reviewer', password: 'guess' },
      headers: { 'x-forwarded-for': forwarded },
      client: '10.0.0.2',
    });

  it('comes from X-Forwarded-For only when the service is told it stands behind a proxy', async () => {
    const direct = createApp({ db: t.database.db, clock: t.clock.now });
    const proxied = createApp({ db: t.database.db, clock: t.clock.now, trustProxy: true });
    await forwardedFrom(direct, '192.0.2.1');
    await forwardedFrom(proxied, '192.0.2.66, 192.0.2.7');
    const rows = await t.database.db.query<{ client: string }>(
      "SELECT client FROM login_failures WHERE username = 'reviewer' ORDER BY id",
    );
    // A client may write any X-Forwarded-For; only the entry the proxy appended is believed.
    expect(rows.map((r) => r.client)).toEqual(['10.0.0.2', '192.0.2.7']);
  });
});
