import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CasePage } from '../../shared/api';
import { CaseDetail } from '../../shared/case-record';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../testing/test-app';
import { reauthenticate, step } from '../testing/case-steps';
import { demoActors, seedDemoCases } from './seed-demo-cases';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

describe('seeding demo cases', () => {
  it('writes cases across the lifecycle that the service serves and acts on', async () => {
    const db = t.database.db;
    const summary = await seedDemoCases(
      db,
      { cases: 1500, seed: 3, asOf: '2026-01-01T00:00:00Z', answeredThroughService: 100 },
      await demoActors(db),
    );
    expect(summary.inserted).toBe(1500);
    expect(Object.keys(summary.byStatus).length).toBeGreaterThanOrEqual(7);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });

    const page = CasePage.parse((await team.auditor.get('/api/cases?limit=5000')).body);
    expect(page.cases).toHaveLength(1500);

    const signedOff = page.cases.find((c) => c.status === 'signed_off');
    if (!signedOff) throw new Error('no signed-off demo case');
    const detail = CaseDetail.parse(
      (await team.supervisor2.get(`/api/cases/${signedOff.id}`)).body,
    );
    expect(detail.history.length).toBe(detail.version);
    const signer = detail.signOff?.byUserId;
    const approver = signer === team.ids.supervisor ? team.supervisor2 : team.supervisor;
    await reauthenticate(approver);
    const approved = await step(approver, 'case.approve', detail);
    expect(approved.status).toBe('approved');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });

    // The recent answers went through the disclosure code: lookups, packages, deliveries.
    const [answered] = await db.query<{ disclosed: number; refused: number; packages: number }>(
      `SELECT count(*) FILTER (WHERE kind = 'disclosure')::int AS disclosed,
              count(*) FILTER (WHERE kind = 'refusal')::int AS refused,
              (SELECT count(*)::int FROM disclosure_packages) AS packages
         FROM case_deliveries`,
    );
    expect(answered?.disclosed).toBeGreaterThan(0);
    expect(answered?.refused).toBeGreaterThan(0);
    expect(answered?.packages).toBe(answered?.disclosed);
    const report = await team.auditor.get(
      '/api/reports/transparency?from=2025-01-01&to=2025-12-31',
    );
    const rows = (report.body as { rows: { fulfilledRequests: number }[] }).rows;
    expect(rows.reduce((n, r) => n + r.fulfilledRequests, 0)).toBeGreaterThan(0);
  }, 120_000);

  it('seeds a benchmark desk in bulk that verifies and syncs page by page without a gap', async () => {
    const db = t.database.db;
    // Benchmarks write every history directly: no case goes through the disclosure code.
    const summary = await seedDemoCases(
      db,
      { cases: 1200, seed: 5, asOf: '2026-01-01T00:00:00Z', answeredThroughService: 0 },
      await demoActors(db),
    );
    expect(summary.inserted).toBe(1200);
    expect(Object.keys(summary.byStatus).length).toBeGreaterThanOrEqual(7);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    const [seqs] = await db.query<{ n: number; distinct: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT change_seq)::int AS distinct FROM cases',
    );
    expect(seqs?.distinct).toBe(seqs?.n);

    // A first sync in small pages reaches every case exactly once.
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const query = cursor === undefined ? '' : `&cursor=${cursor}`;
      const page = CasePage.parse((await team.auditor.get(`/api/cases?limit=300${query}`)).body);
      for (const c of page.cases) {
        expect(seen.has(c.id)).toBe(false);
        seen.add(c.id);
      }
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen.size).toBe(1200);
  }, 120_000);

  it('refuses to seed the same seed twice', async () => {
    const db = t.database.db;
    const request = { cases: 10, seed: 9, asOf: '2026-01-01T00:00:00Z' };
    await seedDemoCases(db, request, await demoActors(db));
    await expect(seedDemoCases(db, request, await demoActors(db))).rejects.toThrow(
      /another --seed/,
    );
  });

  it('keeps every case received when there is no team to act on it', async () => {
    const db = t.database.db;
    const summary = await seedDemoCases(
      db,
      { cases: 20, seed: 4, asOf: '2026-01-01T00:00:00Z' },
      { reviewers: [], supervisors: [] },
    );
    expect(summary.byStatus).toEqual({ received: 20 });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
