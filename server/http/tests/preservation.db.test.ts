import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CasePage } from '../../../shared/api';
import { CaseDetail } from '../../../shared/case-record';
import { PushResponse } from '../../../shared/sync';
import {
  completedReview,
  importCase,
  mutate,
  reauthenticate,
  step,
} from '../../testing/case-steps';
import { sampleOrder, samplePreservation } from '../../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf, type TestClient } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

async function caseNow(client: TestClient, caseId: string): Promise<CaseDetail> {
  return CaseDetail.parse((await client.get(`/api/cases/${caseId}`)).body);
}

async function push(client: TestClient, mutations: { name: string; args: unknown }[]) {
  const response = await client.post('/api/sync/push', {
    clientId: randomUUID(),
    mutations: mutations.map((m, i) => ({ seq: i + 1, ...m })),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PushResponse.parse(response.body);
}

async function auditActions(caseId: string): Promise<string[]> {
  const rows = await t.database.db.query<{ action: string }>(
    'SELECT action FROM audit_events WHERE case_id = $1 ORDER BY id',
    [caseId],
  );
  return rows.map((r) => r.action);
}

async function releaseRecords(caseId: string): Promise<number> {
  const [row] = await t.database.db.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM disclosure_records WHERE case_id = $1',
    [caseId],
  );
  return Number(row?.n);
}

describe('a preservation request', () => {
  it('is imported as its own kind of case, with the expiry the service computes', async () => {
    const us = await importCase(team.reviewer, samplePreservation('us_preservation'));
    expect(us.kind).toBe('preservation');
    // Received 2026-03-02T08:14Z: 90 days later.
    expect(us.preservation?.expiresAt).toBe('2026-05-31T08:14:00.000Z');
    expect(us.dueAt).toBe('2026-05-31T08:14:00.000Z');
    expect(us.preservation?.extensionRefusedBecause).toBeNull();
    const epoc = await importCase(team.reviewer, samplePreservation('epoc_pr'));
    expect(epoc.preservation?.expiresAt).toBe('2026-05-01T08:14:00.000Z');
    expect(epoc.preservation?.extensionRefusedBecause).toContain('cannot be extended');

    const page = CasePage.parse((await team.reviewer.get('/api/cases')).body);
    const summary = page.cases.find((c) => c.id === us.id);
    expect(summary?.kind).toBe('preservation');
    expect(summary?.preservationExpiresAt).toBe('2026-05-31T08:14:00.000Z');
    const production = await importCase(team.reviewer);
    expect(production.kind).toBe('production');
    expect(production.preservation).toBeNull();
  });

  it('refuses a preservation instrument on a production order, and a preservation without one', async () => {
    const stray = await team.reviewer.post('/api/orders', {
      ...sampleOrder(),
      preservation: { instrument: 'us_preservation' },
    });
    expect(errorOf(stray)).toMatchObject({ code: 'validation', paths: ['kind'] });
    const missing = await team.reviewer.post('/api/orders', {
      ...sampleOrder(),
      kind: 'preservation',
    });
    expect(errorOf(missing).paths).toEqual(['preservation.instrument']);
  });

  it('never yields anything to release, through the API', async () => {
    const created = await importCase(team.reviewer, samplePreservation('us_preservation'));
    expect(created.judgement?.items).toEqual([]);
    expect(created.allowedActions).not.toContain('start_review');
    expect(created.allowedActions).toEqual(
      expect.arrayContaining(['extend_preservation', 'link_production', 'close_preservation']),
    );
    for (const [client, name, extra] of [
      [team.reviewer, 'case.startReview', {}],
      [team.reviewer, 'case.saveReview', { review: completedReview(created, 'disclose') }],
      [team.reviewer, 'case.signOff', {}],
      [team.supervisor, 'case.approve', {}],
      [team.supervisor, 'case.recordDisclosure', {}],
    ] as const) {
      await reauthenticate(client);
      const refused = await mutate(client, name, created, extra);
      expect(refused.status, name).toBeGreaterThanOrEqual(400);
      expect(refused.status, name).toBeLessThan(500);
    }
    const lookup = await team.supervisor.post(`/api/cases/${created.id}/lookup`, {
      version: created.version,
    });
    expect(lookup.status).toBeGreaterThanOrEqual(400);
    const after = await caseNow(team.reviewer, created.id);
    expect(after.status).toBe('received');
    expect(after.version).toBe(created.version);
    expect(await releaseRecords(created.id)).toBe(0);
    expect(await auditActions(created.id)).toEqual(['order.import']);
  });

  it('never yields anything to release, through pushed mutations', async () => {
    const created = await importCase(team.reviewer, samplePreservation('epoc_pr'));
    const ref = { caseId: created.id, version: created.version };
    await reauthenticate(team.reviewer);
    const result = await push(team.reviewer, [
      { name: 'case.startReview', args: ref },
      { name: 'case.startReview', args: ref },
      { name: 'case.saveReview', args: { ...ref, review: completedReview(created, 'disclose') } },
      { name: 'case.signOff', args: ref },
    ]);
    expect(result.acks.map((a) => a.status)).toEqual(['refused', 'refused', 'refused', 'refused']);
    const first = result.acks[0];
    expect(first?.status === 'refused' && first.error.message).toContain(
      'is a preservation request',
    );
    await reauthenticate(team.supervisor);
    const approval = await push(team.supervisor, [{ name: 'case.approve', args: ref }]);
    expect(approval.acks.map((a) => a.status)).toEqual(['refused']);
    expect(await releaseRecords(created.id)).toBe(0);
    expect((await caseNow(team.reviewer, created.id)).status).toBe('received');
  });

  it('refuses a release record written past the service', async () => {
    const created = await importCase(team.reviewer, samplePreservation('us_preservation'));
    await expect(
      t.database.db.query(
        `INSERT INTO disclosure_records (case_id, approved_by, approved_at, outcome, items)
         VALUES ($1, $2, now(), 'disclose', '[]'::jsonb)`,
        [created.id, team.ids.supervisor],
      ),
    ).rejects.toThrow(/nothing is released from a preservation request/);
  });

  it('extends a US preservation once by 90 days, audited, and refuses a second time', async () => {
    const created = await importCase(team.reviewer, samplePreservation('us_preservation'));
    const extended = await step(team.reviewer, 'case.extendPreservation', created);
    expect(extended.preservation?.expiresAt).toBe('2026-08-29T08:14:00.000Z');
    expect(extended.preservation?.extendedByName).toBe('Rita Reviewer');
    expect(extended.preservation?.extensionRefusedBecause).toContain('one extension only');
    expect(extended.dueAt).toBe('2026-08-29T08:14:00.000Z');
    // The deadline's basis moves with it: the old expiry never reads as the governing date.
    expect(extended.deadline?.dueAt).toBe('2026-08-29T08:14:00.000Z');
    expect(await auditActions(created.id)).toEqual(['order.import', 'case.extendPreservation']);

    const again = await mutate(team.reviewer2, 'case.extendPreservation', extended);
    expect(errorOf(again)).toMatchObject({ code: 'invalid_transition' });
    expect(errorOf(again).message).toContain('already extended once');
  });

  it('refuses the same extension pushed twice, and any extension of an EPOC-PR or a production order', async () => {
    const created = await importCase(team.reviewer, samplePreservation('us_preservation'));
    const result = await push(team.reviewer, [
      { name: 'case.extendPreservation', args: { caseId: created.id, version: 1 } },
      { name: 'case.extendPreservation', args: { caseId: created.id, version: 2 } },
    ]);
    expect(result.acks.map((a) => a.status)).toEqual(['applied', 'refused']);
    expect(
      (await auditActions(created.id)).filter((a) => a === 'case.extendPreservation'),
    ).toHaveLength(1);

    const epoc = await importCase(team.reviewer, samplePreservation('epoc_pr'));
    const refused = await mutate(team.reviewer, 'case.extendPreservation', epoc);
    expect(errorOf(refused).message).toContain('cannot be extended');
    const production = await importCase(team.reviewer);
    const notPreservation = await mutate(team.reviewer, 'case.extendPreservation', production);
    expect(errorOf(notPreservation).message).toContain('is a production order');
    const byAuditor = await mutate(team.auditor, 'case.extendPreservation', epoc);
    expect(byAuditor.status).toBe(403);
  });

  it('links the production order that follows, both ways, and closes', async () => {
    const preservation = await importCase(team.reviewer, samplePreservation('us_preservation'));
    const production = await importCase(team.reviewer);
    const linked = await step(team.reviewer, 'case.linkProduction', preservation, {
      productionCaseId: production.id,
    });
    expect(linked.status).toBe('closed');
    expect(linked.linkedCase).toMatchObject({ id: production.id, kind: 'production' });
    const productionNow = await caseNow(team.reviewer, production.id);
    expect(productionNow.linkedCase).toMatchObject({ id: preservation.id, kind: 'preservation' });
    expect(productionNow.version).toBe(production.version + 1);
    expect(await auditActions(production.id)).toContain('case.linkPreservation');
    // The production order is reviewed as any other.
    await step(team.reviewer, 'case.startReview', productionNow);
  });

  it('refuses a link to an unrelated authority or to a case that is not a production order', async () => {
    const preservation = await importCase(team.reviewer, samplePreservation('us_preservation'));
    const unrelated = await importCase(
      team.reviewer,
      sampleOrder({
        reference: 'OTHER-1',
        authority: { name: 'Amtsgericht Berlin-Tiergarten', country: 'DE', kind: 'court' },
      }),
    );
    const across = await mutate(team.reviewer, 'case.linkProduction', preservation, {
      productionCaseId: unrelated.id,
    });
    expect(errorOf(across)).toMatchObject({ code: 'validation', paths: ['args.productionCaseId'] });
    expect(errorOf(across).message).toContain('unrelated authority');

    const otherPreservation = await importCase(
      team.reviewer,
      samplePreservation('us_preservation', { reference: 'PRES-2' }),
    );
    const notProduction = await mutate(team.reviewer, 'case.linkProduction', preservation, {
      productionCaseId: otherPreservation.id,
    });
    expect(errorOf(notProduction).message).toContain('not a production order');

    const itself = await mutate(team.reviewer, 'case.linkProduction', preservation, {
      productionCaseId: preservation.id,
    });
    expect(errorOf(itself).code).toBe('validation');

    // From the production side, the action does not exist.
    const production = await importCase(team.reviewer, sampleOrder({ reference: 'PROD-2' }));
    const reversed = await push(team.reviewer, [
      {
        name: 'case.linkProduction',
        args: { caseId: production.id, version: 1, productionCaseId: preservation.id },
      },
    ]);
    expect(reversed.acks.map((a) => a.status)).toEqual(['refused']);
    expect((await caseNow(team.reviewer, preservation.id)).linkedCase).toBeNull();
  });

  it('closes on expiry, and not before; an expired preservation is not extended', async () => {
    const running = await importCase(team.reviewer, samplePreservation('epoc_pr'));
    const early = await mutate(team.reviewer, 'case.closePreservation', running);
    expect(errorOf(early).message).toContain('runs until 2026-05-01');

    // Received on 1 January: sixty days ran out on 2 March at 08:00, an hour before now.
    const expired = await importCase(
      team.reviewer,
      samplePreservation('epoc_pr', { reference: 'PRES-OLD', receivedAt: '2026-01-01T08:00:00Z' }),
    );
    const closed = await step(team.reviewer, 'case.closePreservation', expired);
    expect(closed.status).toBe('closed');
    const late = await mutate(team.reviewer, 'case.extendPreservation', closed);
    expect(late.status).toBe(409);

    const lapsed = await importCase(
      team.reviewer,
      samplePreservation('us_preservation', {
        reference: 'PRES-US-OLD',
        receivedAt: '2025-12-01T08:00:00Z',
      }),
    );
    const extension = await mutate(team.reviewer, 'case.extendPreservation', lapsed);
    expect(errorOf(extension).message).toContain('already expired');
  });
});
