import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CasePage } from '../../../shared/api';
import { CaseDetail } from '../../../shared/case-record';
import { PushResponse, type PushAck } from '../../../shared/sync';
import { completedReview, importCase, reauthenticate, step } from '../../testing/case-steps';
import { sampleOrder } from '../../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';
import { errorOf } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

interface Queued {
  seq: number;
  name: string;
  args: unknown;
}

async function push(client: TestClient, clientId: string, mutations: Queued[]) {
  const response = await client.post('/api/sync/push', { clientId, mutations });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PushResponse.parse(response.body);
}

async function caseNow(client: TestClient, caseId: string): Promise<CaseDetail> {
  return CaseDetail.parse((await client.get(`/api/cases/${caseId}`)).body);
}

async function auditCount(caseId: string): Promise<number> {
  const [row] = await t.database.db.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM audit_events WHERE case_id = $1',
    [caseId],
  );
  return Number(row?.n);
}

function statuses(acks: PushAck[]): string[] {
  return acks.map((a) => `${a.seq}:${a.status}${a.replayed ? ':replayed' : ''}`);
}

describe('POST /api/sync/push', () => {
  it('applies queued mutations in seq order, each once', async () => {
    const created = await importCase(team.reviewer);
    const clientId = randomUUID();
    const review = completedReview(created, 'disclose');
    const result = await push(team.reviewer, clientId, [
      { seq: 1, name: 'case.startReview', args: { caseId: created.id, version: 1 } },
      { seq: 2, name: 'case.saveReview', args: { caseId: created.id, version: 2, review } },
    ]);
    expect(statuses(result.acks)).toEqual(['1:applied', '2:applied']);
    expect(result.blocked).toBeNull();
    const last = result.acks[1];
    expect(last?.status === 'applied' && last.case?.version).toBe(3);
    expect((await caseNow(team.reviewer, created.id)).review).toEqual(review);
  });

  it('acknowledges a replayed batch as already applied and changes nothing', async () => {
    const created = await importCase(team.reviewer);
    const clientId = randomUUID();
    const batch = [{ seq: 1, name: 'case.startReview', args: { caseId: created.id, version: 1 } }];
    await push(team.reviewer, clientId, batch);
    const events = await auditCount(created.id);

    const again = await push(team.reviewer, clientId, batch);
    expect(statuses(again.acks)).toEqual(['1:applied:replayed']);
    expect((await caseNow(team.reviewer, created.id)).version).toBe(2);
    expect(await auditCount(created.id)).toBe(events);
  });

  it('applies a batch delivered twice at the same time exactly once', async () => {
    const created = await importCase(team.reviewer);
    const clientId = randomUUID();
    const review = completedReview(created, 'decline');
    const batch = [
      { seq: 1, name: 'case.startReview', args: { caseId: created.id, version: 1 } },
      { seq: 2, name: 'case.saveReview', args: { caseId: created.id, version: 2, review } },
    ];
    const [a, b] = await Promise.all([
      push(team.reviewer, clientId, batch),
      push(team.reviewer, clientId, batch),
    ]);
    for (const seq of [1, 2]) {
      const fresh = [...a.acks, ...b.acks].filter((x) => x.seq === seq && !x.replayed);
      expect(fresh).toHaveLength(1);
      expect(fresh[0]?.status).toBe('applied');
    }
    expect((await caseNow(team.reviewer, created.id)).version).toBe(3);
  });

  it('acknowledges refusals with their reason and carries on with the queue', async () => {
    const first = await importCase(team.reviewer);
    const second = await importCase(team.reviewer, sampleOrder({ reference: 'PR-2' }));
    const clientId = randomUUID();
    const result = await push(team.reviewer, clientId, [
      // Stale: the case is at version 1.
      { seq: 1, name: 'case.startReview', args: { caseId: first.id, version: 7 } },
      // Invalid transition: a received case was never put on hold.
      { seq: 2, name: 'case.resumeReview', args: { caseId: first.id, version: 1 } },
      // Corrupted: arguments that fit no schema.
      { seq: 3, name: 'case.startReview', args: { caseId: 'not-a-case', version: -1 } },
      // Unknown name.
      { seq: 4, name: 'case.delete', args: { caseId: first.id, version: 1 } },
      { seq: 5, name: 'case.startReview', args: { caseId: second.id, version: 1 } },
    ]);
    expect(statuses(result.acks)).toEqual([
      '1:refused',
      '2:refused',
      '3:refused',
      '4:refused',
      '5:applied',
    ]);
    const codes = result.acks.map((a) => (a.status === 'refused' ? a.error.code : 'ok'));
    expect(codes).toEqual([
      'stale_version',
      'invalid_transition',
      'validation',
      'validation',
      'ok',
    ]);
    const stale = result.acks[0];
    expect(stale?.status === 'refused' && stale.error.message).toContain('you saw version 7');
    expect(result.acks[0]?.caseId).toBe(first.id);
    expect(result.acks[2]?.caseId).toBeNull();
    expect((await caseNow(team.reviewer, first.id)).version).toBe(1);

    // A replay reports the same refusals, not a bare "seen".
    const again = await push(team.reviewer, clientId, [
      { seq: 1, name: 'case.startReview', args: { caseId: first.id, version: 7 } },
    ]);
    expect(again.acks[0]).toMatchObject({
      status: 'refused',
      replayed: true,
      error: { code: 'stale_version' },
    });
  });

  it('refuses an approval by the supervisor who signed off (four eyes) as data', async () => {
    let current = await importCase(team.supervisor);
    current = await step(team.supervisor, 'case.startReview', current);
    current = await step(team.supervisor, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    await reauthenticate(team.supervisor);
    current = await step(team.supervisor, 'case.signOff', current);
    const result = await push(team.supervisor, randomUUID(), [
      { seq: 1, name: 'case.approve', args: { caseId: current.id, version: current.version } },
    ]);
    expect(result.acks[0]).toMatchObject({ status: 'refused', error: { code: 'four_eyes' } });
  });

  it('holds a sign-off that needs the password, then applies it once confirmed', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    const clientId = randomUUID();
    const batch = [
      { seq: 1, name: 'case.signOff', args: { caseId: current.id, version: current.version } },
    ];
    const held = await push(team.reviewer, clientId, batch);
    expect(held.acks).toEqual([]);
    expect(held.blocked).toMatchObject({ seq: 1, error: { code: 'reauth_required' } });
    expect((await caseNow(team.reviewer, current.id)).status).toBe('in_review');

    await reauthenticate(team.reviewer);
    const done = await push(team.reviewer, clientId, batch);
    expect(statuses(done.acks)).toEqual(['1:applied']);
    expect((await caseNow(team.reviewer, current.id)).status).toBe('signed_off');
  });

  it("refuses a push to another user's outbox and applies nothing", async () => {
    const created = await importCase(team.reviewer);
    const clientId = randomUUID();
    await push(team.reviewer, clientId, []);
    await push(team.reviewer, clientId, [
      { seq: 1, name: 'case.startReview', args: { caseId: created.id, version: 1 } },
    ]);
    const foreign = await team.reviewer2.post('/api/sync/push', {
      clientId,
      mutations: [{ seq: 2, name: 'case.resumeReview', args: { caseId: created.id, version: 2 } }],
    });
    expect(foreign.status).toBe(403);
    expect(errorOf(foreign).code).toBe('forbidden');
    expect((await caseNow(team.reviewer, created.id)).version).toBe(2);
  });

  it('refuses a malformed push envelope as a whole', async () => {
    const response = await team.reviewer.post('/api/sync/push', {
      clientId: 'not-a-uuid',
      mutations: [{ seq: 2 }, { seq: 1 }],
    });
    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('validation');
  });

  it('is closed to users who do not handle cases', async () => {
    const response = await team.auditor.post('/api/sync/push', {
      clientId: randomUUID(),
      mutations: [],
    });
    expect(response.status).toBe(403);
  });
});

describe('GET /api/cases for a first sync', () => {
  it('says on its first page how many changes follow, and only there', async () => {
    for (const n of [1, 2, 3])
      await importCase(team.reviewer, sampleOrder({ reference: `P-${n}` }));
    const first = CasePage.parse((await team.reviewer.get('/api/cases?limit=1')).body);
    expect(first).toMatchObject({ hasMore: true, remaining: 2 });
    const second = CasePage.parse(
      (await team.reviewer.get(`/api/cases?limit=1&cursor=${first.cursor}`)).body,
    );
    expect(second.hasMore).toBe(true);
    expect(second.remaining).toBeUndefined();
  });
});
