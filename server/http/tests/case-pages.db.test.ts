import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CasePage } from '../../../shared/api';
import { CaseDetail } from '../../../shared/case-record';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf, type TestClient } from '../../testing/test-client';
import { importCase, step } from '../../testing/case-steps';
import {
  fetchCurrentPolicy,
  policyAdmins,
  saveFranceNotAnswered,
} from '../../testing/policy-steps';
import { sampleOrder, samplePreservation } from '../../testing/sample-order';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

async function pullAll(client: TestClient, cursor: string | undefined, limit: number) {
  const pages: CasePage[] = [];
  for (;;) {
    const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
    const response = await client.get(`/api/cases?${query.toString()}`);
    expect(response.status).toBe(200);
    const page = CasePage.parse(response.body);
    pages.push(page);
    cursor = page.cursor;
    if (!page.hasMore) return { pages, cursor };
  }
}

describe('pulling case changes', () => {
  it('pages through every case in change order, then only what changed since', async () => {
    const created = [];
    for (let i = 0; i < 7; i++) {
      created.push(await importCase(team.reviewer, sampleOrder({ reference: `REF-${i}` })));
    }
    const first = await pullAll(team.auditor, undefined, 3);
    expect(first.pages.map((p) => p.cases.length)).toEqual([3, 3, 1]);
    expect(first.pages.flatMap((p) => p.cases.map((c) => c.reference))).toEqual(
      created.map((c) => c.reference),
    );
    const databaseId = first.pages[0]?.databaseId;
    expect(first.pages.every((p) => p.databaseId === databaseId)).toBe(true);

    const changed = created[2];
    if (!changed) throw new Error('no case');
    await step(team.reviewer, 'case.startReview', changed);
    const next = await pullAll(team.auditor, first.cursor, 3);
    expect(next.pages.flatMap((p) => p.cases)).toEqual([
      expect.objectContaining({ reference: 'REF-2', status: 'in_review', version: 2 }),
    ]);

    const idle = await pullAll(team.auditor, next.cursor, 3);
    expect(idle.pages).toEqual([{ databaseId, cursor: next.cursor, hasMore: false, cases: [] }]);
  });

  it('gives each case the terms the queue searches and who had a hand in it', async () => {
    const created = await importCase(team.reviewer, sampleOrder({ reference: 'TERMS-1' }));
    await step(team.reviewer2, 'case.startReview', created);
    const [row] = (await pullAll(team.supervisor, undefined, 10)).pages.flatMap((p) => p.cases);
    expect(row?.searchTerms).toEqual(
      expect.arrayContaining([
        'terms-1',
        'ji-2026-4471',
        '@fastcash_invest',
        '5012345678',
        'fraud_scams',
        'investment',
      ]),
    );
    expect(row?.overrideCount).toBe(0);
    expect(new Set(row?.participantIds)).toEqual(new Set([team.ids.reviewer, team.ids.reviewer2]));
  });

  it('summarises every case as its detail does, timestamps to the millisecond', async () => {
    const production = await importCase(team.reviewer, sampleOrder({ reference: 'SAME-1' }));
    await step(team.reviewer2, 'case.startReview', production);
    const preservation = await importCase(team.reviewer, samplePreservation('epoc_pr'));
    await importCase(team.reviewer, sampleOrder({ reference: 'SAME-2', emergency: true }));
    // The database keeps microseconds; a summary keeps milliseconds, cut as `Date` cuts them.
    const instant = fc
      .integer({ min: Date.UTC(2000, 0, 1) * 1000, max: Date.UTC(2100, 0, 1) * 1000 })
      .map((micros) => ({
        text: new Date(Math.floor(micros / 1000))
          .toISOString()
          .replace('Z', `${String(micros % 1000).padStart(3, '0')}Z`),
        iso: new Date(Math.floor(micros / 1000)).toISOString(),
      }));
    await fc.assert(
      fc.asyncProperty(
        instant,
        instant,
        fc.option(instant),
        async (received, updated, extended) => {
          await t.database.owner.query(
            `UPDATE cases SET received_at = $1, updated_at = $2,
                  preservation_extended_at = CASE WHEN kind = 'preservation' THEN $3::timestamptz END,
                  preservation_extended_by = CASE WHEN kind = 'preservation' AND $3 IS NOT NULL
                                                  THEN imported_by END`,
            [received.text, updated.text, extended?.text ?? null],
          );
          const summaries = (await pullAll(team.supervisor, undefined, 2)).pages.flatMap(
            (p) => p.cases,
          );
          expect(summaries.map((c) => c.id)).toEqual([
            production.id,
            preservation.id,
            expect.any(String),
          ]);
          for (const summary of summaries) {
            expect(summary.receivedAt).toBe(received.iso);
            expect(summary.updatedAt).toBe(updated.iso);
            const detail = CaseDetail.parse(
              (await team.supervisor.get(`/api/cases/${summary.id}`)).body,
            );
            const fromDetail = Object.fromEntries(
              Object.keys(summary).map((key) => [key, detail[key as keyof CaseDetail]]),
            );
            expect(summary).toEqual(fromDetail);
          }
          expect(summaries[1]?.preservationExpiresAt).toEqual(expect.any(String));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('carries the policy in force in the same feed, and a new version on the next pull', async () => {
    for (let i = 0; i < 3; i++) {
      await importCase(team.reviewer, sampleOrder({ reference: `POL-${i}` }));
    }
    const inForce = await fetchCurrentPolicy(team.reviewer);
    const first = await pullAll(team.reviewer, undefined, 1);
    expect(first.pages.filter((p) => p.policy).map((p) => p.policy?.version)).toEqual([
      inForce.version,
    ]);
    expect((await pullAll(team.reviewer, first.cursor, 10)).pages[0]?.policy).toBeUndefined();

    // No case changes: the new version alone moves the cursor, and arrives once.
    const saved = await saveFranceNotAnswered(await policyAdmins(team), '2026-12-01');
    const next = await pullAll(team.reviewer, first.cursor, 10);
    expect(next.pages).toEqual([
      expect.objectContaining({ cases: [], policy: expect.objectContaining(saved) }),
    ]);
    expect(BigInt(next.cursor)).toBeGreaterThan(BigInt(first.cursor));
    expect((await pullAll(team.reviewer, next.cursor, 10)).pages[0]?.policy).toBeUndefined();
  });

  it('shows cases to reviewers, supervisors and auditors, never to administrators', async () => {
    await importCase(team.reviewer);
    for (const client of [team.reviewer, team.supervisor, team.auditor]) {
      expect(CasePage.parse((await client.get('/api/cases')).body).cases).toHaveLength(1);
    }
    expect(errorOf(await team.admin.get('/api/cases')).code).toBe('forbidden');
    expect(errorOf(await t.client().get('/api/cases')).code).toBe('unauthenticated');
  });

  it('treats an empty cursor as a first sync', async () => {
    await importCase(team.reviewer);
    const page = CasePage.parse((await team.reviewer.get('/api/cases?cursor=&limit=')).body);
    expect(page.cases).toHaveLength(1);
  });

  it('names a bad cursor or limit', async () => {
    const bad = await team.reviewer.get('/api/cases?cursor=abc&limit=0');
    expect(errorOf(bad).paths.sort()).toEqual(['cursor', 'limit']);
  });

  it('serves large volumes in pages over an index', async () => {
    // 20,000 cases written straight to the table, as a bulk import would.
    await t.database.db.exec(`
      INSERT INTO cases (id, reference, status, authority_name, country, received_at, due_at,
                         emergency, target_count, order_data, review, created_at, updated_at)
      SELECT gen_random_uuid(), 'BULK-' || n, 'received', 'Court ' || (n % 50), 'FR',
             now(), now() + interval '10 days', n % 20 = 0, 1, '{}'::jsonb, '{}'::jsonb, now(), now()
        FROM generate_series(1, 20000) AS n`);
    const started = Date.now();
    const all = await pullAll(team.reviewer, undefined, 5000);
    const elapsed = Date.now() - started;
    expect(all.pages.flatMap((p) => p.cases)).toHaveLength(20000);
    expect(elapsed).toBeLessThan(15_000);
    // Statistics are the owner's (or autovacuum's) business: the service role may not ANALYZE.
    await t.database.owner.exec('ANALYZE cases');
    const plan = await t.database.db.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT id FROM cases WHERE change_seq > 19000 ORDER BY change_seq LIMIT 2001`,
    );
    expect(plan.map((p) => p['QUERY PLAN']).join('\n')).toMatch(/cases_by_change_seq/);
  });
});
