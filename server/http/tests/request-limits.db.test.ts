import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { sampleOrder } from '../../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf, TestClient } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('request limits', () => {
  it('keep the routes anyone can reach without signing in to 8 KB', async () => {
    const padding = 'x'.repeat(9 * 1024);
    const routes: [string, unknown][] = [
      ['/api/session', { username: 'reviewer', password: padding }],
      ['/api/setup/first-admin', { username: 'x', displayName: padding, password: padding }],
      ['/api/enrolment', { code: padding, password: padding }],
      ['/api/session/password', { currentPassword: padding, newPassword: padding }],
      ['/api/session/reauth', { password: padding }],
    ];
    for (const [path, body] of routes) {
      const big = await team.reviewer.post(path, body);
      expect(big.status, path).toBe(400);
      expect(errorOf(big).message, path).toMatch(/larger than 8 KB/);
    }
  });

  it('answer deeply nested JSON with a 400 naming the depth, never a 500', async () => {
    const deep = nested(200_000);
    for (const [client, path] of [
      [team.reviewer, '/api/mutations'],
      [team.reviewer, '/api/orders'],
      [team.reviewer, '/api/sync/push'],
      [team.admin, '/api/policy/proposals'],
      [t.client(), '/api/session'],
    ] as const) {
      const response = await client.request('POST', path, {
        body: path === '/api/session' ? nested(4000) : deep,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status, path).toBe(400);
      expect(errorOf(response).message, path).toMatch(/at most 64 deep/);
    }
    const form = new FormData();
    form.set('order', deep);
    const multipart = await team.reviewer.request('POST', '/api/orders', { body: form });
    expect(errorOf(multipart).message).toMatch(/at most 64 deep/);
  });

  it('refuse NUL anywhere in a document, however wide, without recursion', async () => {
    const wide = {
      ...sampleOrder(),
      extra: Array.from({ length: 200_000 }, (_, i) => `item ${i}`),
    };
    wide.extra.push('hidden\u0000');
    const refused = await team.reviewer.post('/api/orders', wide);
    expect(errorOf(refused).message).toMatch(/NUL/);
    const inKey = await team.reviewer.post('/api/orders', { ...sampleOrder(), ['a\u0000b']: 1 });
    expect(errorOf(inKey).message).toMatch(/NUL/);
  });
});

describe('hosts and transport', () => {
  it('refuses any Host but the public one and loopback names (DNS rebinding)', async () => {
    const app = createApp({
      db: t.database.db,
      clock: t.clock.now,
      allowedHosts: ['desk.example.org', 'localhost', '127.0.0.1', '[::1]'],
    });
    for (const origin of [
      'http://desk.example.org',
      'http://localhost:8080',
      'http://127.0.0.1:9',
    ]) {
      const answered = await new TestClient(app, origin).get('/api/setup');
      expect(answered.status, origin).toBe(200);
    }
    const rebound = await new TestClient(app, 'http://attacker.example:8080').get('/api/setup');
    expect(rebound.status).toBe(403);
    expect(errorOf(rebound).message).toMatch(/not reached under that name/);
  });

  it('sends HSTS only when the service is reached over HTTPS', async () => {
    const secure = createApp({ db: t.database.db, clock: t.clock.now, secureCookies: true });
    const overHttps = await new TestClient(secure).get('/api/setup');
    expect(overHttps.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8}/);
    const plain = await t.client().get('/api/setup');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.get('content-security-policy')).toContain("form-action 'self'");
  });
});
