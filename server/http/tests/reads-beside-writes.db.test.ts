import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../shared/case-record';
import type { Database } from '../../storage/database';
import { verifyAuditChain } from '../../audit/verify-audit-chain';
import { holdAuditChainHead, holdWriteOrder } from '../../testing/hold-write-order';
import { caseNow, importCase, mutate } from '../../testing/case-steps';
import { sampleOrder } from '../../testing/sample-order';
import { errorOf, type TestResponse } from '../../testing/test-client';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { testBackend } from '../../testing/test-database';
import { WriteAdmission } from '../write-admission';

let t: TestApp;
let team: Team;
afterEach(() => t.close());

const IN_FLIGHT = 2;

async function open(maxWaitMs = 60_000, inFlight = IN_FLIGHT): Promise<WriteAdmission> {
  const gate = new WriteAdmission({ inFlight, maxWaitMs, maxWaiting: 1_000 });
  t = await createTestApp({ writeAdmission: gate });
  team = await setUpTeam(t);
  return gate;
}

async function importCases(count: number): Promise<CaseDetail[]> {
  const cases: CaseDetail[] = [];
  for (let n = 0; n < count; n++) {
    cases.push(await importCase(team.reviewer, sampleOrder({ reference: `PR-GATE-${n}` })));
  }
  return cases;
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((wait) => setTimeout(wait, 5));
}

/** Service connections waiting for a lock: the mutations the database holds back. */
async function waitingInDatabase(db: Database): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return row?.n ?? 0;
}

describe('case mutations waiting their turn', () => {
  it('leave a session read and a case read sent meanwhile to be answered before them', async () => {
    const gate = await open();
    const cases = await importCases(12);
    const release = testBackend() === 'postgres' ? await holdWriteOrder(t.database) : null;

    const finished: string[] = [];
    const mutations = cases.map((c, n) =>
      mutate(team.reviewer, 'case.startReview', c).then((response) => {
        finished.push(`mutation ${n}`);
        return response;
      }),
    );
    // Every mutation has been read and checked and waits at the gate or runs.
    await until(() => gate.inFlight + gate.queued + finished.length === cases.length);
    expect(gate.inFlight).toBe(IN_FLIGHT);
    if (release) {
      // Those waiting their turn hold no connection: only the running ones wait in PostgreSQL.
      await until(async () => (await waitingInDatabase(t.database.db)) === IN_FLIGHT);
      expect(await waitingInDatabase(t.database.db)).toBe(IN_FLIGHT);
    }

    const reads = Promise.all([
      team.reviewer.get('/api/session').then((response) => {
        finished.push('session read');
        return response;
      }),
      team.reviewer.get(`/api/cases/${cases[0]?.id ?? ''}`).then((response) => {
        finished.push('case read');
        return response;
      }),
    ]);
    const [session, detail] = await reads;
    expect(session.status).toBe(200);
    expect(detail.status).toBe(200);
    await release?.();
    const answers: TestResponse[] = await Promise.all(mutations);

    // Every mutation was applied, once, as the case's next version.
    expect(answers.map((a) => a.status)).toEqual(cases.map(() => 200));
    for (const c of cases) {
      const now = await caseNow(team.reviewer, c.id);
      expect([now.status, now.version]).toEqual(['in_review', c.version + 1]);
    }
    // Both reads came back before the last mutation: they did not wait for the queue.
    expect(finished.indexOf('session read')).toBeLessThan(finished.length - 1);
    expect(finished.indexOf('case read')).toBeLessThan(finished.length - 1);
    expect(finished.indexOf('session read')).toBeLessThan(finished.indexOf('mutation 11'));
    expect(finished.indexOf('case read')).toBeLessThan(finished.indexOf('mutation 11'));
  });
});

// Only PostgreSQL has a second connection that can hold the seal while mutations commit.
describe.skipIf(testBackend() !== 'postgres')('a mutation waiting for its audit seal', () => {
  it('has given its turn up at its commit, and still answers only once sealed', async () => {
    const gate = await open();
    const cases = await importCases(IN_FLIGHT * 2);
    const releaseSeal = await holdAuditChainHead(t.database);
    const answered: number[] = [];
    const mutations = cases.map((c, n) =>
      mutate(team.reviewer, 'case.startReview', c).then((response) => {
        answered.push(n);
        return response;
      }),
    );
    // Twice as many as the gate runs at once have all committed: the first ones left the
    // gate at their commit, not after a seal that cannot end yet.
    const committed = async () => {
      const rows = await t.database.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM cases WHERE id = ANY($1::uuid[]) AND status = 'in_review'`,
        [`{${cases.map((c) => c.id).join(',')}}`],
      );
      return rows[0]?.n ?? 0;
    };
    await until(async () => (await committed()) === cases.length);
    await until(() => gate.inFlight === 0);
    expect([gate.inFlight, gate.queued]).toEqual([0, 0]);
    // Yet no answer has left: a mutation is answered once its audit event is sealed.
    await new Promise((wait) => setTimeout(wait, 100));
    expect(answered).toEqual([]);

    await releaseSeal();
    const answers = await Promise.all(mutations);
    expect(answers.map((a) => a.status)).toEqual(cases.map(() => 200));
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });
});

// Only PostgreSQL has a second connection that can hold a push's first action back.
describe.skipIf(testBackend() !== 'postgres')('a push of many actions', () => {
  it('takes a turn per action, so a mutation sent during it is not kept waiting to its end', async () => {
    const gate = await open(60_000, 1);
    const cases = await importCases(5);
    const release = await holdWriteOrder(t.database);
    const finished: string[] = [];
    const pushed = cases.slice(0, 4);
    const push = team.reviewer
      .post('/api/sync/push', {
        clientId: randomUUID(),
        mutations: pushed.map((c, n) => ({
          seq: n + 1,
          name: 'case.startReview',
          args: { caseId: c.id, version: c.version },
        })),
      })
      .then((response) => {
        finished.push('push');
        return response;
      });
    // The push's first action holds the one turn, waiting in the database.
    await until(async () => (await waitingInDatabase(t.database.db)) === 1);
    const single = cases[4]!;
    const mutation = mutate(team.reviewer, 'case.startReview', single).then((response) => {
      finished.push('mutation');
      return response;
    });
    await until(() => gate.queued === 1);
    await release();

    const [pushAnswer, mutationAnswer] = await Promise.all([push, mutation]);
    expect(mutationAnswer.status).toBe(200);
    expect(pushAnswer.status).toBe(200);
    const { acks } = pushAnswer.body as { acks: { status: string }[] };
    expect(acks.map((a) => a.status)).toEqual(pushed.map(() => 'applied'));
    // It went in after the push's first action, not after its last.
    expect(finished).toEqual(['mutation', 'push']);
    for (const c of cases) expect((await caseNow(team.reviewer, c.id)).status).toBe('in_review');
  });
});

// Only PostgreSQL has a second connection that can keep the running mutations waiting.
describe.skipIf(testBackend() !== 'postgres')('a mutation whose wait would be too long', () => {
  it('is refused at once with 503 and Retry-After, and nothing of it is done', async () => {
    const gate = await open(300);
    const cases = await importCases(IN_FLIGHT + 1);
    const release = await holdWriteOrder(t.database);
    const running = cases
      .slice(0, IN_FLIGHT)
      .map((c) => mutate(team.reviewer, 'case.startReview', c));
    await until(() => gate.inFlight === IN_FLIGHT);
    // The running ones have been at it longer than the longest wait a newcomer is given.
    await new Promise((wait) => setTimeout(wait, 400));

    const last = cases[IN_FLIGHT]!;
    const refused = await mutate(team.reviewer, 'case.startReview', last);
    expect(refused.status).toBe(503);
    expect(errorOf(refused).code).toBe('busy');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const pushed = await team.reviewer.post('/api/sync/push', {
      clientId: randomUUID(),
      mutations: [
        { seq: 1, name: 'case.startReview', args: { caseId: last.id, version: last.version } },
      ],
    });
    expect(pushed.status).toBe(503);
    expect(Number(pushed.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(gate.queued).toBe(0);

    await release();
    expect((await Promise.all(running)).map((r) => r.status)).toEqual([200, 200]);
    const untouched = await caseNow(team.reviewer, last.id);
    expect([untouched.status, untouched.version]).toEqual(['received', last.version]);
    // Once the gate is clear the same mutation goes through.
    expect((await mutate(team.reviewer, 'case.startReview', last)).status).toBe(200);
  });
});
