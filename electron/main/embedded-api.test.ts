import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiUpstream } from './api-upstream';
import { createAppProtocolHandler } from './app-protocol-handler';
import { CookieJar } from './cookie-jar';
import { startEmbeddedUpstream } from './embedded-upstream';
import { createApiForwarder } from './forward-api-request';
import { CONTENT_SECURITY_POLICY } from './security-headers';
import { buildCaseServiceWorker } from './testing/case-service-worker-bundle';

// The app:// handler over the real case service in its worker thread, as Electron main wires
// them: the closest this layer gets to running without an Electron binary.

let dataDir: string;
let worker: { path: string; remove(): Promise<void> };
let upstream: ApiUpstream;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'desk-embedded-'));
  worker = await buildCaseServiceWorker();
  upstream = await startEmbeddedUpstream(dataDir, worker.path);
  handle = createAppProtocolHandler({
    rendererDir: join(dataDir, 'no-renderer'),
    forwardApi: createApiForwarder(upstream, new CookieJar()),
  });
}, 60_000);

afterAll(async () => {
  await upstream?.close();
  await worker?.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

const fromApp = (path: string, init: RequestInit = {}) =>
  new Request(`app://desk${path}`, {
    ...init,
    headers: { Origin: 'app://desk', 'Content-Type': 'application/json', ...init.headers },
  });

describe('embedded case service behind app://desk/api', () => {
  it('signs in through main: the session works, the renderer never sees the cookie', async () => {
    const setup = await handle(new Request('app://desk/api/setup'));
    expect(await setup.json()).toEqual({ needsFirstAdmin: true });
    expect(setup.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const created = await handle(
      fromApp('/api/setup/first-admin', {
        method: 'POST',
        body: JSON.stringify({
          username: 'ada',
          displayName: 'Ada Admin',
          password: 'correct horse battery staple',
        }),
      }),
    );
    expect(created.status).toBe(200);
    expect(created.headers.get('set-cookie')).toBeNull();

    const session = await handle(new Request('app://desk/api/session'));
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ user: { username: 'ada', role: 'admin' } });

    const logout = await handle(fromApp('/api/session', { method: 'DELETE' }));
    expect(logout.status).toBe(200);
    expect((await handle(new Request('app://desk/api/session'))).status).toBe(401);
  });

  it('refuses a write that carries another origin before it reaches the service', async () => {
    const forged = await handle(
      new Request('app://desk/api/session', {
        method: 'POST',
        headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'ada', password: 'correct horse battery staple' }),
      }),
    );
    expect(forged.status).toBe(403);
  });
});
