import { randomUUID } from 'node:crypto';
import { CasePage, SessionInfo } from '../../../shared/api';
import { PushResponse } from '../../../shared/sync';
import { createDemoUsers } from '../../../server/seed/demo-users';
import { seedDemoCases } from '../../../server/seed/seed-demo-cases';
import { migrate } from '../../../server/storage/migrate';
import { openDatabase } from '../../../server/storage/open-database';
import type { ApiForwarder } from '../forward-api-request';

/**
 * A workstation back after a day offline: `actions` queued reviews to push to the embedded
 * service, while the window keeps asking for other things. Shared by the non-blocking test
 * and the benchmark, so both measure the same arrangement.
 */
export interface PushDesk {
  reviewer: { username: string; password: string };
  actions: number;
}

/** Seeds an embedded data folder; run it before the service opens the folder. */
export async function seedPushDesk(dataDir: string, actions: number): Promise<PushDesk> {
  const db = await openDatabase({ dataDir });
  try {
    await migrate(db);
    const team = await createDemoUsers(db, new Date());
    const created = team.find((u) => u.role === 'reviewer');
    if (!created?.password) throw new Error('no demo reviewer was created');
    // Nobody to act on them: every case stays received, ready for its review to start.
    await seedDemoCases(
      db,
      { cases: actions, seed: 7, asOf: new Date().toISOString() },
      { reviewers: [], supervisors: [] },
    );
    return { reviewer: { username: created.username, password: created.password }, actions };
  } finally {
    await db.close();
  }
}

export interface PushProbeRun {
  /** What happened, in order: probes answered while the push was partly applied, then the push. */
  events: string[];
  /** Each session read's time from request to answer, in ms. */
  probeMs: number[];
  pushMs: number;
  push: PushResponse;
}

/** Calls the service as the window does: `app://desk` requests through main's forwarder. */
export function windowCaller(api: ApiForwarder) {
  return async (path: string, body?: unknown): Promise<unknown> => {
    const init: RequestInit =
      body === undefined
        ? {}
        : {
            method: 'POST',
            headers: { Origin: 'app://desk', 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          };
    const response = await api(new Request(`app://desk${path}`, init), path);
    if (response.status !== 200) {
      throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    }
    return response.json();
  };
}

/** Signs in, then pushes a review start for every case while reading the session in a loop. */
export async function pushWhileProbing(api: ApiForwarder, desk: PushDesk): Promise<PushProbeRun> {
  const call = windowCaller(api);
  await call('/api/session', desk.reviewer);
  const before = CasePage.parse(await call(`/api/cases?limit=${desk.actions}`));
  const mutations = before.cases.map((c, i) => ({
    seq: i + 1,
    name: 'case.startReview',
    args: { caseId: c.id, version: c.version },
  }));

  const events: string[] = [];
  let pushDone = false;
  const pushStart = performance.now();
  let pushMs = 0;
  const push = call('/api/sync/push', { clientId: randomUUID(), mutations }).then((body) => {
    pushMs = performance.now() - pushStart;
    pushDone = true;
    events.push('push answered');
    return PushResponse.parse(body);
  });
  // Not left unobserved while the loop below runs; awaited after it.
  push.catch(() => undefined);

  const probeMs: number[] = [];
  while (!pushDone) {
    // How far the push has got, seen from outside: cases changed since the page above.
    const progress = CasePage.parse(await call(`/api/cases?cursor=${before.cursor}`));
    const applied = progress.cases.length;
    const sent = performance.now();
    const session = SessionInfo.parse(await call('/api/session'));
    probeMs.push(performance.now() - sent);
    if (session.user.username !== desk.reviewer.username) throw new Error('another session');
    if (applied > 0 && applied < desk.actions) events.push(`probe answered at ${applied} applied`);
  }
  return { events, probeMs, pushMs, push: await push };
}

/** Session reads with nothing else going on, as the baseline for the probe. */
export async function idleProbes(api: ApiForwarder, count: number): Promise<number[]> {
  const call = windowCaller(api);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const sent = performance.now();
    await call('/api/session');
    times.push(performance.now() - sent);
  }
  return times;
}
