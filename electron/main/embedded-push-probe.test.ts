import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CasePage, SessionInfo } from '../../shared/api';
import { PushResponse } from '../../shared/sync';
import { createDemoUsers } from '../../server/seed/demo-users';
import { seedDemoCases } from '../../server/seed/seed-demo-cases';
import { migrate } from '../../server/storage/migrate';
import { openDatabase } from '../../server/storage/open-database';
import type { ApiUpstream } from './api-upstream';
import { CookieJar } from './cookie-jar';
import { embeddedDataDir, startEmbeddedUpstream } from './embedded-upstream';
import { createApiForwarder, type ApiForwarder } from './forward-api-request';
import { buildCaseServiceWorker } from './testing/case-service-worker-bundle';

// The embedded service in its worker thread, reached through main's forwarder as the window
// reaches it: while a workstation's 200 queued actions are applied, other requests are
// answered between them instead of after the whole push.

const PUSHED = 200;

let userDataDir: string;
let worker: { path: string; remove(): Promise<void> };
let upstream: ApiUpstream;
let api: ApiForwarder;
let reviewer: { username: string; password: string };

beforeAll(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'desk-embedded-push-'));
  // Seeded before the worker opens the folder: one process, one PGlite, at a time.
  const db = await openDatabase({ dataDir: embeddedDataDir(userDataDir) });
  try {
    await migrate(db);
    const team = await createDemoUsers(db, new Date());
    const created = team.find((u) => u.role === 'reviewer');
    if (!created?.password) throw new Error('no demo reviewer was created');
    reviewer = { username: created.username, password: created.password };
    // Nobody to act on them: every case stays received, ready for its review to start.
    await seedDemoCases(
      db,
      { cases: PUSHED, seed: 7, asOf: new Date().toISOString() },
      { reviewers: [], supervisors: [] },
    );
  } finally {
    await db.close();
  }
  worker = await buildCaseServiceWorker();
  upstream = await startEmbeddedUpstream(userDataDir, worker.path);
  api = createApiForwarder(upstream, new CookieJar());
}, 120_000);

afterAll(async () => {
  await upstream?.close();
  await worker?.remove();
  rmSync(userDataDir, { recursive: true, force: true });
});

function call(path: string, body?: unknown): Promise<Response> {
  const init: RequestInit =
    body === undefined
      ? {}
      : {
          method: 'POST',
          headers: { Origin: 'app://desk', 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        };
  return api(new Request(`app://desk${path}`, init), path);
}

async function json(response: Promise<Response>): Promise<unknown> {
  const answered = await response;
  expect(answered.status).toBe(200);
  return answered.json();
}

describe('the embedded service in its worker during a long push', () => {
  it('answers a session read between the pushed actions, before the push completes', async () => {
    await json(call('/api/session', reviewer));
    const before = CasePage.parse(await json(call(`/api/cases?limit=${PUSHED}`)));
    expect(before.cases).toHaveLength(PUSHED);
    const mutations = before.cases.map((c, i) => ({
      seq: i + 1,
      name: 'case.startReview',
      args: { caseId: c.id, version: c.version },
    }));

    // Events in the order they happened; no clock is asserted on.
    const events: string[] = [];
    let pushDone = false;
    const push = json(call('/api/sync/push', { clientId: randomUUID(), mutations })).then(
      (body) => {
        pushDone = true;
        events.push('push answered');
        return PushResponse.parse(body);
      },
    );

    const probeMs: number[] = [];
    while (!pushDone) {
      // How far the push has got, seen from outside: cases changed since the page above.
      const progress = CasePage.parse(await json(call(`/api/cases?cursor=${before.cursor}`)));
      const applied = progress.cases.length;
      const sent = performance.now();
      const session = SessionInfo.parse(await json(call('/api/session')));
      probeMs.push(performance.now() - sent);
      expect(session.user.username).toBe(reviewer.username);
      if (applied > 0 && applied < PUSHED) events.push(`probe answered at ${applied} applied`);
    }
    const result = await push;

    expect(result.blocked).toBeNull();
    expect(result.acks.map((a) => a.status)).toEqual(mutations.map(() => 'applied'));
    const overlapping = events.slice(0, events.indexOf('push answered'));
    expect(overlapping.length, `events: ${events.join(', ')}`).toBeGreaterThan(0);
    console.info(
      `probe during a ${PUSHED}-action push: ${probeMs.length} answered, slowest ${Math.max(...probeMs).toFixed(0)} ms`,
    );
  });
});
