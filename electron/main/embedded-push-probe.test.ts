import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiUpstream } from './api-upstream';
import { CookieJar } from './cookie-jar';
import { embeddedDataDir, startEmbeddedUpstream } from './embedded-upstream';
import { createApiForwarder, type ApiForwarder } from './forward-api-request';
import { buildCaseServiceWorker } from './testing/case-service-worker-bundle';
import { pushWhileProbing, seedPushDesk, type PushDesk } from './testing/push-probe';

// The embedded service in its worker thread, reached through main's forwarder as the window
// reaches it: while a workstation's 200 queued actions are applied, other requests are
// answered between them instead of after the whole push. Ordering is asserted, not time;
// the benchmark reports the latency.

const PUSHED = 200;

let userDataDir: string;
let worker: { path: string; remove(): Promise<void> };
let upstream: ApiUpstream;
let api: ApiForwarder;
let desk: PushDesk;

beforeAll(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'desk-embedded-push-'));
  // Seeded before the worker opens the folder: one PGlite per folder at a time.
  desk = await seedPushDesk(embeddedDataDir(userDataDir), PUSHED);
  worker = await buildCaseServiceWorker();
  upstream = await startEmbeddedUpstream(userDataDir, worker.path);
  api = createApiForwarder(upstream, new CookieJar());
}, 120_000);

afterAll(async () => {
  await upstream?.close();
  await worker?.remove();
  rmSync(userDataDir, { recursive: true, force: true });
});

describe('the embedded service in its worker during a long push', () => {
  it('answers a session read between the pushed actions, before the push completes', async () => {
    const run = await pushWhileProbing(api, desk);

    expect(run.push.blocked).toBeNull();
    expect(run.push.acks.map((a) => a.status)).toEqual(Array(PUSHED).fill('applied'));
    // A session read answered while the push was partly applied, before its answer came.
    const overlapping = run.events.slice(0, run.events.indexOf('push answered'));
    expect(overlapping.length, `events: ${run.events.join(', ')}`).toBeGreaterThan(0);
    // 200 transactions on a shared two-core machine: slow, and not what is measured here.
  }, 180_000);
});
