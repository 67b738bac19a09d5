import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditEventPage, AuditVerification } from '../../../shared/audit';
import { rewriteHistory } from '../../testing/audit-tampering';
import { importCase, reauthenticate, signedOffCase, step } from '../../testing/case-steps';
import { sampleOrder } from '../../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp({ anchored: true });
  team = await setUpTeam(t);
});
afterEach(() => t.close());

async function page(query: string): Promise<AuditEventPage> {
  const response = await team.auditor.get(`/api/audit/events${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return AuditEventPage.parse(response.body);
}

describe('the audit log for auditors', () => {
  it('is open to auditors only', async () => {
    for (const path of ['/api/audit/events', '/api/audit/verify', '/api/audit/export?format=csv']) {
      for (const other of [team.admin, team.reviewer, team.supervisor]) {
        expect(errorOf(await other.get(path)).code).toBe('forbidden');
      }
      expect((await team.auditor.get(path)).status).toBe(200);
      expect((await t.client().get(path)).status).toBe(401);
    }
  });

  it('filters by case, user, event type and date, newest first, in pages', async () => {
    const first = await importCase(team.reviewer, sampleOrder({ reference: 'FILTER-1' }));
    const second = await importCase(team.reviewer2, sampleOrder({ reference: 'FILTER-2' }));
    await step(team.reviewer2, 'case.startReview', second);

    const byCase = await page(`?caseId=${second.id}`);
    expect(byCase.events.map((e) => e.action)).toEqual(['case.startReview', 'order.import']);
    expect(byCase.events[0]).toMatchObject({
      actor: 'reviewer2',
      actorName: 'Remy Reviewer',
      caseReference: 'FILTER-2',
    });
    expect((await page('?reference=filter-1')).events.map((e) => e.action)).toEqual([
      'order.import',
    ]);
    expect((await page('?actor=REVIEWER&action=order.import')).events).toEqual([
      expect.objectContaining({ caseId: first.id }),
    ]);
    // The test clock stands at 2026-03-02; the end day is included whole.
    const today = await page('?from=2026-03-02&to=2026-03-02&action=order.import');
    expect(today.events.map((e) => e.caseId)).toEqual([second.id, first.id]);
    expect((await page('?from=2026-03-03')).events).toEqual([]);
    expect((await page('?to=2026-03-01')).events).toEqual([]);

    const all: string[] = [];
    let next: string | null = '';
    while (next !== null) {
      const p: AuditEventPage = await page(`?limit=3${next ? `&before=${next}` : ''}`);
      all.push(...p.events.map((e) => e.id));
      next = p.next;
    }
    expect(all.map(Number)).toEqual([...all.map(Number)].sort((a, b) => b - a));
    expect(new Set(all).size).toBe(all.length);
    expect(all.at(-1)).toBe('1');
  });

  it('refuses bad filters with the field named', async () => {
    for (const [query, path] of [
      ['?caseId=nope', 'caseId'],
      ['?from=2026-13-01', 'from'],
      ['?from=2026-03-05&to=2026-03-01', 'to'],
      ['?limit=100000', 'limit'],
      ['?action=%27%3B%20DROP', 'action'],
      ['?sortBy=actor', '(root)'],
    ] as const) {
      const response = await team.auditor.get(`/api/audit/events${query}`);
      expect(response.status, query).toBe(400);
      expect(errorOf(response).paths.join(' '), query).toContain(path);
    }
  });

  it('exports CSV and JSON of what the filters select, and records the export', async () => {
    const current = await importCase(team.reviewer, sampleOrder({ reference: '=HYPERLINK("x")' }));
    const csv = await team.auditor.get(`/api/audit/export?format=csv&caseId=${current.id}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(
      /attachment; filename="audit-log-.*\.csv"/,
    );
    const lines = new TextDecoder().decode(csv.bytes).trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,at,actor,actorName,action,caseId,caseReference,details,prevHash,hash',
    );
    expect(lines).toHaveLength(2);
    // A formula typed into an order is shown as text in a spreadsheet, never run.
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);

    const json = await team.auditor.get(`/api/audit/export?format=json&action=order.import`);
    expect(json.body).toMatchObject({
      events: [expect.objectContaining({ caseId: current.id, hash: expect.any(String) })],
    });
    const exports = await page('?action=audit.export');
    expect(exports.events.map((e) => e.details)).toEqual([
      expect.objectContaining({ format: 'json', events: 1 }),
      expect.objectContaining({ format: 'csv', events: 1 }),
    ]);
    expect(errorOf(await team.auditor.get('/api/audit/export?format=xlsx')).paths).toEqual([
      'format',
    ]);
  });

  it('names who acted as they were called then, after their account takes another’s name', async () => {
    const signed = await signedOffCase(team.reviewer, 'disclose');
    await reauthenticate(team.supervisor);
    await step(team.supervisor, 'case.approve', signed);
    t.clock.advanceMinutes(5);
    // The other supervisor's name is freed, then given to the approver.
    for (const [id, displayName] of [
      [team.ids.supervisor2, 'Susan Supervisor'],
      [team.ids.supervisor, 'Sue Supervisor'],
    ] as const) {
      expect((await team.admin.patch(`/api/users/${id}`, { displayName })).status).toBe(200);
    }
    t.clock.advanceMinutes(5);
    const later = await signedOffCase(
      team.reviewer,
      'disclose',
      sampleOrder({ reference: 'AFTER-RENAME' }),
    );
    await reauthenticate(team.supervisor);
    await step(team.supervisor, 'case.return', later, { comment: 'Check the window.' });

    const approvals = await page('?action=case.approve');
    expect(approvals.events).toEqual([
      expect.objectContaining({ actor: 'supervisor', actorName: 'Sam Supervisor' }),
    ]);
    const returns = await page('?action=case.return');
    expect(returns.events).toEqual([
      expect.objectContaining({ actor: 'supervisor', actorName: 'Sue Supervisor' }),
    ]);
    const csv = await team.auditor.get(`/api/audit/export?format=csv&caseId=${signed.id}`);
    const approval = new TextDecoder()
      .decode(csv.bytes)
      .split('\r\n')
      .find((line) => line.includes('"case.approve"'));
    expect(approval).toMatch(/^"\d+","[^"]+","supervisor","Sam Supervisor","case\.approve",/);
  });

  it('serves the verification, naming the first bad event once history is rewritten', async () => {
    const current = await signedOffCase(team.reviewer, 'disclose');
    await reauthenticate(team.supervisor);
    await step(team.supervisor, 'case.approve', current);
    const intact = AuditVerification.parse((await team.auditor.get('/api/audit/verify')).body);
    expect(intact).toMatchObject({ ok: true, anchoring: { configured: true, unsignedEvents: 0 } });
    expect(intact.anchoring.latest?.lastEventId).toBe(intact.lastEventId);

    const [approval] = await t.database.db.query<{ id: string }>(
      "SELECT id::text AS id FROM audit_events WHERE action = 'case.approve'",
    );
    await rewriteHistory(
      t.database.owner,
      `UPDATE audit_events SET at = at - interval '1 day' WHERE id = ${approval?.id}`,
    );
    const broken = AuditVerification.parse((await team.auditor.get('/api/audit/verify')).body);
    expect(broken).toMatchObject({ ok: false, firstBadEventId: approval?.id });
  });
});
