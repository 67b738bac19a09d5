import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CasePage } from '../shared/api';
import { CaseDetail } from '../shared/case-record';
import { sealAuditEvents } from '../server/audit/seal-audit-events';
import { verifyAuditChain } from '../server/audit/verify-audit-chain';
import type { Database } from '../server/storage/database';
import {
  killCaseServiceProcesses,
  startCaseServiceProcess,
  type CaseServiceProcess,
} from '../server/testing/case-service-process';
import {
  completedReview,
  importCase,
  mutate,
  reauthenticate,
  signedOffCase,
} from '../server/testing/case-steps';
import { sampleOrder } from '../server/testing/sample-order';
import { setUpTeam, type Team } from '../server/testing/test-app';
import { TestClient, type RequestHandler } from '../server/testing/test-client';
import {
  createServiceStorage,
  testBackend,
  type ServiceStorage,
} from '../server/testing/test-database';

/**
 * Two case service processes on one PostgreSQL database, behind a load balancer played by
 * the test: writers of different cases commit in parallel across both, instances are killed
 * and restarted at random, and afterwards a client that kept pulling holds every case as
 * the database does, every committed change left exactly one audit event in order, and the
 * chain verifies. PGlite admits one process and one connection, so writers there cannot
 * run in parallel: these tests run on PostgreSQL only.
 */

/** Round-robin over the instances that answer; a killed one is skipped until it is back. */
class LoadBalancer implements RequestHandler {
  readonly instances: (CaseServiceProcess | null)[];
  private next = 0;

  constructor(instances: CaseServiceProcess[]) {
    this.instances = [...instances];
  }

  /** Sends each request to the next instance, as a balancer without session affinity does. */
  async fetch(request: Request): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const target = this.instances[this.next++ % this.instances.length];
      if (!target) {
        await pause(20);
        continue;
      }
      const url = new URL(request.url);
      const headers = new Headers(request.headers);
      if (headers.has('origin')) headers.set('origin', target.url);
      try {
        return await fetch(`${target.url}${url.pathname}${url.search}`, {
          method: request.method,
          headers,
          ...(request.body ? { body: await request.clone().arrayBuffer() } : {}),
        });
      } catch (error) {
        // The instance went away under the request. A write may or may not have committed;
        // the client finds out from the version, as one behind a real balancer would.
        if (attempt > 50) throw error;
        if (request.method !== 'GET') return new Response(null, { status: 503 });
        await pause(20);
      }
    }
  }

  /** A client whose requests this balancer spreads, carrying `signedIn`'s session. */
  clientLike(signedIn: TestClient): TestClient {
    const client = new TestClient(this, 'http://balancer.test');
    client.sessionCookie = signedIn.sessionCookie;
    return client;
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((wake) => setTimeout(wake, ms));
}

async function caseNow(client: TestClient, caseId: string): Promise<CaseDetail> {
  const response = await client.get(`/api/cases/${caseId}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return CaseDetail.parse(response.body);
}

/** A workstation's mirror of the change feed: what it holds after each pull. */
class Puller {
  readonly versions = new Map<string, number>();
  cursor: string | undefined;
  pulls = 0;

  constructor(private readonly client: TestClient) {}

  async pullAll(): Promise<void> {
    for (;;) {
      const query = this.cursor === undefined ? '' : `&cursor=${this.cursor}`;
      const response = await this.client.get(`/api/cases?limit=50${query}`);
      if (response.status !== 200) return;
      const page = CasePage.parse(response.body);
      if (this.cursor !== undefined) {
        expect(BigInt(page.cursor) >= BigInt(this.cursor)).toBe(true);
      }
      for (const summary of page.cases) {
        const held = this.versions.get(summary.id) ?? 0;
        // A page never takes a case back to an older state.
        expect(summary.version).toBeGreaterThanOrEqual(held);
        this.versions.set(summary.id, summary.version);
      }
      this.cursor = page.cursor;
      this.pulls++;
      if (!page.hasMore) return;
    }
  }
}

let storage: ServiceStorage | undefined;
let balancer: LoadBalancer;
let team: Team;
let owner: Database | undefined;

describe.skipIf(testBackend() !== 'postgres')(
  'two case services on one PostgreSQL (PostgreSQL only: PGlite admits one process and one connection)',
  () => {
    beforeAll(async () => {
      storage = await createServiceStorage();
      const first = await startCaseServiceProcess(storage.location, undefined, 60_000);
      const second = await startCaseServiceProcess(storage.location, undefined, 60_000);
      balancer = new LoadBalancer([first, second]);
      team = await setUpTeam({ client: () => new TestClient(balancer, 'http://balancer.test') });
      owner = await storage.open();
    }, 180_000);

    afterAll(async () => {
      await owner?.close();
      await killCaseServiceProcesses();
      await storage?.remove();
    });

    it('serves a client alternating between the instances, and approves a case exactly once when both approve at once', async () => {
      // Every request of these steps lands on the other instance than the one before.
      let current = await signedOffCase(
        team.reviewer,
        'disclose',
        sampleOrder({ reference: 'LB-1' }),
      );
      expect(await caseNow(team.reviewer, current.id)).toMatchObject({ version: current.version });
      await reauthenticate(team.supervisor);
      await reauthenticate(team.supervisor2);
      const [a, b] = balancer.instances;
      if (!a || !b) throw new Error('two instances expected');
      const on = (instance: CaseServiceProcess, client: TestClient) => {
        const pinned = new TestClient({ fetch: (r) => fetch(r) }, instance.url);
        pinned.sessionCookie = client.sessionCookie;
        return pinned;
      };
      const attempts = await Promise.all([
        mutate(on(a, team.supervisor), 'case.approve', current),
        mutate(on(b, team.supervisor), 'case.approve', current),
        mutate(on(b, team.supervisor2), 'case.approve', current),
        mutate(on(a, team.supervisor2), 'case.approve', current),
      ]);
      const statuses = attempts.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s !== 200).every((s) => s === 409)).toBe(true);
      current = await caseNow(team.reviewer, current.id);
      expect(current.status).toBe('approved');
      const approvals = await owner!.query<{ n: string }>(
        `SELECT (SELECT count(*) FROM disclosure_records WHERE case_id = $1)::text ||
                '/' || (SELECT count(*) FROM audit_events
                         WHERE case_id = $1 AND action = 'case.approve')::text AS n`,
        [current.id],
      );
      expect(approvals[0]?.n).toBe('1/1');
    }, 120_000);

    it('never loses a change or an audit event with many writers across both instances and instances killed at random', async () => {
      const CASES = 24;
      const WRITERS = 8;
      const RUN_MS = 15_000;
      const caseIds: string[] = [];
      for (let n = 0; n < CASES; n++) {
        caseIds.push((await importCase(team.reviewer, sampleOrder({ reference: `PW-${n}` }))).id);
      }
      const puller = new Puller(balancer.clientLike(team.reviewer2));
      let running = true;
      let applied = 0;
      const refusals = new Map<string, number>();
      const note = (what: string) => refusals.set(what, (refusals.get(what) ?? 0) + 1);

      const writer = async (w: number) => {
        const client = balancer.clientLike(team.reviewer);
        // Each writer has cases of its own and shares one with its neighbour: the shared
        // ones meet same-case conflicts, which must end in one winner and a 409.
        const mine = caseIds.filter((_, i) => i % WRITERS === w || i === (w + 1) % CASES);
        for (let round = 0; running; round++) {
          const caseId = mine[round % mine.length]!;
          const read = await client.get(`/api/cases/${caseId}`);
          if (read.status !== 200) {
            note(`read ${read.status}`);
            continue;
          }
          const current = CaseDetail.parse(read.body);
          const response =
            current.status === 'received'
              ? await mutate(client, 'case.startReview', current)
              : await mutate(client, 'case.saveReview', current, {
                  review: {
                    ...completedReview(current, 'disclose'),
                    checks: {
                      ...completedReview(current, 'disclose').checks,
                      scope: { result: 'pass', note: `Writer ${w}, round ${round}.` },
                    },
                  },
                });
          if (response.status === 200) applied++;
          else note(`${response.status} ${JSON.stringify(response.body ?? '').slice(0, 160)}`);
        }
      };
      const pulling = (async () => {
        while (running) {
          await puller.pullAll();
          await pause(30);
        }
      })();
      const killing = (async () => {
        while (running) {
          await pause(2_000 + Math.random() * 2_000);
          if (!running) break;
          const index = Math.floor(Math.random() * 2);
          const victim = balancer.instances[index];
          if (!victim) continue;
          balancer.instances[index] = null;
          await victim.stop('SIGKILL');
          balancer.instances[index] = await startCaseServiceProcess(
            storage!.location,
            victim.port,
            60_000,
          );
        }
      })();
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      await pause(RUN_MS);
      running = false;
      await Promise.all([...writers, pulling, killing]);
      expect(applied, JSON.stringify([...refusals])).toBeGreaterThan(CASES);
      // Only same-case conflicts and writes cut off by a kill are refused.
      for (const what of refusals.keys()) expect(what).toMatch(/^(409|503|read)/);

      // Quiet now: one more pull brings the workstation level with the database.
      await puller.pullAll();
      const rows = await owner!.query<{ id: string; version: number }>(
        'SELECT id, version FROM cases WHERE id = ANY($1::uuid[])',
        [`{${caseIds.join(',')}}`],
      );
      for (const row of rows) expect(puller.versions.get(row.id), row.id).toBe(row.version);
      expect(puller.pulls).toBeGreaterThan(2);

      // Each committed change wrote exactly one event, and ids follow the case's versions.
      await sealAuditEvents(owner!);
      const events = await owner!.query<{ case_id: string; version: number }>(
        `SELECT case_id, (details ->> 'version')::int AS version FROM audit_events
          WHERE case_id = ANY($1::uuid[]) AND action IN ('case.startReview', 'case.saveReview')
          ORDER BY id`,
        [`{${caseIds.join(',')}}`],
      );
      const seen = new Map<string, number>();
      for (const event of events) {
        const before = seen.get(event.case_id) ?? 1;
        expect(event.version, event.case_id).toBe(before + 1);
        seen.set(event.case_id, event.version);
      }
      for (const row of rows) expect(seen.get(row.id) ?? 1).toBe(row.version);
      expect(await verifyAuditChain(owner!)).toMatchObject({ ok: true, unsealed: 0 });
    }, 240_000);
  },
);
