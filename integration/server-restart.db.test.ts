import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CasePage, ImportedOrder, SessionInfo } from '../shared/api';
import { CaseDetail } from '../shared/case-record';
import { MAX_PUSH_BATCH, type PushRequest, type PushResponse } from '../shared/sync';
import { OfflineError } from '../renderer/lib/api-errors';
import { keepNewerServerCopy } from '../renderer/lib/keep-newer-server-copy';
import { enqueueMutation } from '../renderer/lib/sync/enqueue';
import { withPendingDetail, type LocalUser } from '../renderer/lib/sync/local-effects';
import { syncOnce, type SyncApi } from '../renderer/lib/sync/sync-engine';
import { verifyAuditChain } from '../server/audit/verify-audit-chain';
import {
  killCaseServiceProcesses,
  startCaseServiceProcess,
  type CaseServiceProcess,
} from '../server/testing/case-service-process';
import { completedReview } from '../server/testing/case-steps';
import { sampleOrder } from '../server/testing/sample-order';
import { createdAccount, setUpSecondFactor, TEST_PASSWORD } from '../server/testing/test-app';
import { TestClient } from '../server/testing/test-client';
import { createServiceStorage, type ServiceStorage } from '../server/testing/test-database';
import { serviceFetch, Workstation } from './sync-client';

/**
 * The case service process is killed (SIGKILL: a crash or power cut, nothing in the service
 * runs) while a workstation's push is half applied, and is started again on the same
 * database: PostgreSQL, or the embedded PGlite folder. The renderer's real sync code, on its
 * own IndexedDB, talks to the service over HTTP throughout.
 */

const CASES = 4;
/** A start of review and then saves, per case. */
const ACTIONS_PER_CASE = 100;
/** Two pushes: the first is answered in full, the second is cut off. */
const QUEUED = CASES * ACTIONS_PER_CASE;
/**
 * When to kill, as a share of the time the first push took. The embedded service answers
 * nothing while it applies a push (PGlite runs each query to completion on the event loop),
 * so no probe can watch its progress; the first push, of the same size and kind, tells how
 * long the second will take on this machine in this run.
 */
const KILL_AT_SHARE_OF_FIRST_PUSH = 0.3;

let storage: ServiceStorage | undefined;
let station: Workstation | undefined;

afterEach(async () => {
  station?.database.close();
  station = undefined;
  await killCaseServiceProcesses();
  await storage?.remove();
  storage = undefined;
});

function httpClient(service: CaseServiceProcess): TestClient {
  return new TestClient({ fetch: (request) => fetch(request) }, service.url);
}

async function expectOk(response: Promise<{ status: number; body: unknown }>): Promise<unknown> {
  const { status, body } = await response;
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

/** A new installation: its first administrator, who adds a reviewer; the reviewer enrols. */
async function signedInReviewer(
  service: CaseServiceProcess,
): Promise<{ reviewer: TestClient; user: LocalUser }> {
  const admin = httpClient(service);
  await expectOk(
    admin.post('/api/setup/first-admin', {
      username: 'admin',
      displayName: 'Ada Admin',
      password: TEST_PASSWORD,
    }),
  );
  await setUpSecondFactor(null, admin, 'admin');
  const { code } = createdAccount(
    await expectOk(
      admin.post('/api/users', {
        username: 'rita',
        displayName: 'Rita Reviewer',
        role: 'reviewer',
      }),
    ),
  );
  const reviewer = httpClient(service);
  const session = SessionInfo.parse(
    await expectOk(reviewer.post('/api/enrolment', { code, password: TEST_PASSWORD })),
  );
  const { id, displayName, role } = session.user;
  return { reviewer, user: { id, displayName, role } };
}

/** Every case's version as the service has it now, read through the change feed. */
async function serverVersions(reviewer: TestClient): Promise<Map<string, number>> {
  const page = CasePage.parse(await expectOk(reviewer.get('/api/cases?limit=5000')));
  return new Map(page.cases.map((c) => [c.id, c.version]));
}

/** How many changes the service applied to these cases since `before`. */
function changesSince(before: Map<string, number>, now: Map<string, number>): number {
  let changes = 0;
  for (const [id, version] of before) changes += (now.get(id) ?? version) - version;
  return changes;
}

/** The reviewer, offline, starts each case and then saves its review again and again. */
async function queueOfflineWork(station: Workstation, caseIds: string[]): Promise<void> {
  const { database, user } = station;
  for (let round = 0; round < ACTIONS_PER_CASE; round++) {
    for (const caseId of caseIds) {
      const copy = await database.details.get(caseId);
      if (!copy) throw new Error(`case ${caseId} is not on the workstation`);
      const pending = await database.outbox.where('caseId').equals(caseId).sortBy('seq');
      const detail = withPendingDetail(copy.detail, pending, user);
      const ref = { caseId, version: detail.version };
      const review = completedReview(detail, 'disclose');
      review.checks.scope = { result: 'pass', note: `Scope read again, pass ${round}.` };
      const result = await enqueueMutation(
        database,
        round === 0
          ? { name: 'case.startReview', args: ref }
          : { name: 'case.saveReview', args: { ...ref, review } },
      );
      if (!result.ok) throw new Error(result.error.message);
    }
  }
}

/** The station's pushes as they leave and as their answers come back. */
class PushLog {
  readonly sentAt: number[] = [];
  readonly answeredAt: number[] = [];
  acknowledged = 0;
  replayed = 0;
  readonly api: SyncApi;
  private readonly waiting: (() => void)[] = [];

  constructor(inner: SyncApi) {
    this.api = {
      ...inner,
      push: async (request: PushRequest): Promise<PushResponse> => {
        this.sentAt.push(performance.now());
        for (const wake of this.waiting.splice(0)) wake();
        const response = await inner.push(request);
        this.answeredAt.push(performance.now());
        this.acknowledged += response.acks.length;
        this.replayed += response.acks.filter((a) => a.replayed).length;
        return response;
      },
    };
  }

  /** Resolves when the `count`th push has been sent; rejects if `ended` settles first. */
  async untilSent(count: number, ended: Promise<unknown>): Promise<void> {
    while (this.sentAt.length < count) {
      const sent = new Promise<void>((wake) => this.waiting.push(wake));
      const stopped = ended.then(() => {
        throw new Error(`The sync ended after ${this.sentAt.length} pushes, before push ${count}.`);
      });
      await Promise.race([sent, stopped]);
    }
  }
}

describe('a case service killed in the middle of a push', () => {
  it('applies every queued action exactly once after a restart on the same database', async () => {
    storage = await createServiceStorage();
    let service = await startCaseServiceProcess(storage.location);
    const { reviewer, user } = await signedInReviewer(service);
    const caseIds: string[] = [];
    for (let n = 1; n <= CASES; n++) {
      const order = sampleOrder({ reference: `RESTART-${n}` });
      caseIds.push(ImportedOrder.parse(await expectOk(reviewer.post('/api/orders', order))).caseId);
    }

    station = new Workstation('restart', user, serviceFetch(service.url, reviewer), 100);
    await syncOnce(station.database, station.api, user);
    for (const caseId of caseIds) {
      // The reviewer opens each case before going offline, so its review is on the station.
      await keepNewerServerCopy(station.database, await station.api.fetchCase(caseId), new Date());
    }
    await queueOfflineWork(station, caseIds);
    expect(await station.database.outbox.count()).toBe(QUEUED);
    const before = await serverVersions(reviewer);

    const cutOff = new PushLog(station.api);
    const firstSync = syncOnce(station.database, cutOff.api, user).then(
      () => null,
      (error: unknown) => error,
    );
    await cutOff.untilSent(2, firstSync);
    const firstPushTook = cutOff.answeredAt[0]! - cutOff.sentAt[0]!;
    await new Promise((wait) => setTimeout(wait, firstPushTook * KILL_AT_SHARE_OF_FIRST_PUSH));
    await service.stop('SIGKILL');

    // The workstation saw the service go away as being offline, and lost nothing: what was
    // answered left the outbox, everything else is still queued.
    expect(await firstSync).toBeInstanceOf(OfflineError);
    expect(cutOff.acknowledged).toBe(MAX_PUSH_BATCH);
    expect(await station.database.outbox.count()).toBe(QUEUED - MAX_PUSH_BATCH);
    expect(await station.database.refused.count()).toBe(0);

    service = await startCaseServiceProcess(storage.location, service.port);
    const appliedBeforeResync = changesSince(before, await serverVersions(reviewer));
    // The kill fell inside the second push, after some of it committed and before all of it
    // did; otherwise this run proved nothing about a cut-off push, and says so.
    expect(
      appliedBeforeResync,
      `the kill came ${Math.round(firstPushTook * KILL_AT_SHARE_OF_FIRST_PUSH)} ms into the second push`,
    ).toBeGreaterThan(MAX_PUSH_BATCH);
    expect(appliedBeforeResync).toBeLessThan(QUEUED);

    const resync = new PushLog(station.api);
    const report = await syncOnce(station.database, resync.api, user);
    expect(report.push).toMatchObject({
      applied: QUEUED - MAX_PUSH_BATCH,
      refused: 0,
      blocked: null,
    });
    // Exactly what committed unanswered before the kill came back as replays, not again.
    expect(resync.replayed).toBe(appliedBeforeResync - MAX_PUSH_BATCH);
    expect(await station.database.outbox.count()).toBe(0);
    expect(await station.database.refused.count()).toBe(0);

    expect(changesSince(before, await serverVersions(reviewer))).toBe(QUEUED);
    for (const caseId of caseIds) {
      const server = CaseDetail.parse(await expectOk(reviewer.get(`/api/cases/${caseId}`)));
      expect(server.version).toBe(before.get(caseId)! + ACTIONS_PER_CASE);
      expect(server.status).toBe('in_review');
      expect(await station.database.summaries.get(caseId)).toMatchObject({
        status: server.status,
        version: server.version,
      });
      const copy = await station.database.details.get(caseId);
      expect(copy?.detail.version).toBe(server.version);
      expect(copy?.detail.review).toEqual(server.review);
    }

    // What the service stored, read from the database itself.
    await service.stop('SIGTERM');
    const db = await storage.open();
    try {
      const clientId = (await station.database.meta.get('clientId'))?.value ?? '';
      const [client] = await db.query<{ last_seq: string }>(
        'SELECT last_seq::text FROM sync_clients WHERE client_id = $1',
        [clientId],
      );
      expect(Number(client?.last_seq)).toBe(QUEUED);
      const outcomes = await db.query<{ status: string; n: string }>(
        'SELECT status, count(*)::text AS n FROM sync_outcomes WHERE client_id = $1 GROUP BY status',
        [clientId],
      );
      expect(outcomes).toEqual([{ status: 'applied', n: String(QUEUED) }]);
      for (const caseId of caseIds) {
        const [events] = await db.query<{ n: string }>(
          "SELECT count(*)::text AS n FROM audit_events WHERE case_id = $1 AND action LIKE 'case.%'",
          [caseId],
        );
        expect(Number(events?.n), `audit events of ${caseId}`).toBe(ACTIONS_PER_CASE);
      }
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    } finally {
      await db.close();
    }
  }, 50_000);
});
