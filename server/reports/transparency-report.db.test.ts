import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TransparencyReport } from '../../shared/transparency/report';
import { appendAuditEvent } from '../audit/append-audit-event';
import { rewriteHistory } from '../testing/audit-tampering';
import { sampleOrder } from '../testing/sample-order';
import { account, addAccounts, answeredCase, signInAgain } from '../testing/disclosure-steps';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../testing/test-app';
import { errorOf } from '../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  t.clock.set('2026-01-10T09:00:00.000Z');
  team = await setUpTeam(t);
  await addAccounts(t.database.db, [
    account('acc-fastcash', { username: '@fastcash_invest', phoneNumber: '+33612345678' }),
    account('acc-5012', { userId: '5012345678', phoneNumber: '+4915112345678' }),
    account('acc-third', { username: '@third_party', phoneNumber: '+33700000001' }),
  ]);
});
afterEach(() => t.close());

async function report(from = '2026-01-01', to = '2026-03-31') {
  const response = await team.supervisor.get(`/api/reports/transparency?from=${from}&to=${to}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return TransparencyReport.parse(response.body);
}

let orderCount = 0;
function order(overrides: Parameters<typeof sampleOrder>[0] = {}) {
  orderCount++;
  return sampleOrder({
    reference: `TR-${orderCount}`,
    receivedAt: '2026-01-05T08:00:00Z',
    dataRequested: ['phone_number'],
    ...overrides,
  });
}

/** 2026-Q1 closed on 2 April with one fulfilled request. */
async function closedFirstQuarter(): Promise<void> {
  await answeredCase(t, team, order());
  t.clock.set('2026-04-02T09:00:00.000Z');
  await signInAgain(team);
  const frozen = await team.supervisor.post('/api/reports/transparency/quarters/2026-Q1/freeze');
  expect(frozen.status, JSON.stringify(frozen.body)).toBe(200);
}

/** The closed 2026-Q1 copied as an amendment whose figures say nothing was disclosed. */
const FORGED_AMENDMENT = `
  INSERT INTO transparency_quarters (period, seq, kind, recorded_at, recorded_by, reason, tally, sha256)
  SELECT period, 2, 'amendment', recorded_at, recorded_by, 'Typo',
         jsonb_build_array(jsonb_set(jsonb_set(tally->0, '{row,fulfilledRequests}', '0'),
                                     '{row,affectedUsers}', '0')),
         sha256
    FROM transparency_quarters WHERE period = '2026-Q1' AND seq = 1`;

describe('the transparency report', () => {
  it('counts an order with three targets, two disclosed, as one fulfilled request and two users', async () => {
    await answeredCase(
      t,
      team,
      order({
        targets: [
          { identifier: { kind: 'username', value: '@fastcash_invest' }, status: 'suspect' },
          { identifier: { kind: 'user_id', value: '5012345678' }, status: 'suspect' },
          { identifier: { kind: 'username', value: '@third_party' }, status: 'suspect' },
        ],
      }),
      {
        decide: (review) => ({
          ...review,
          decisions: review.decisions.map((d) =>
            d.target === 'username:@third_party'
              ? { ...d, verdict: 'decline', reason: 'Not shown to be involved.' }
              : d,
          ),
        }),
      },
    );
    const { rows } = await report();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      country: 'FR',
      period: '2026-Q1',
      fulfilledRequests: 1,
      affectedUsers: 2,
      received: 1,
      refused: 0,
      partiallyFulfilled: 1,
      byInstrument: { judges_order: 1 },
      byRoute: { domestic: 1 },
    });
  });

  it('counts the same account disclosed twice in a quarter as one affected user', async () => {
    const one = [
      {
        identifier: { kind: 'username' as const, value: '@fastcash_invest' },
        status: 'suspect' as const,
      },
    ];
    await answeredCase(t, team, order({ targets: one }));
    await answeredCase(t, team, order({ targets: one }));
    const { rows } = await report();
    expect(rows[0]).toMatchObject({ fulfilledRequests: 2, affectedUsers: 1 });
  });

  it('counts two targets of one account as one affected user, though the package names no account', async () => {
    await addAccounts(t.database.db, [
      account('acc-two-names', {
        userId: '7001234567',
        username: '@two_names',
        phoneNumber: '+33700000002',
      }),
    ]);
    await answeredCase(
      t,
      team,
      order({
        targets: [
          { identifier: { kind: 'username', value: '@two_names' }, status: 'suspect' },
          { identifier: { kind: 'user_id', value: '7001234567' }, status: 'suspect' },
        ],
      }),
    );
    const { rows } = await report();
    expect(rows[0]).toMatchObject({ fulfilledRequests: 1, affectedUsers: 1 });
  });

  it('counts a refused case as received and refused, never as fulfilled, and says by which check', async () => {
    const refused = await answeredCase(t, team, order(), {
      decide: (review) => ({
        checks: { ...review.checks, suspect: { result: 'fail', note: 'Named as witnesses.' } },
        decisions: review.decisions.map((d) => ({
          ...d,
          verdict: 'decline',
          reason: 'Not a suspect.',
        })),
      }),
    }).catch(async () => null);
    expect(refused?.status).toBe('refused');
    const { rows } = await report();
    expect(rows[0]).toMatchObject({
      fulfilledRequests: 0,
      affectedUsers: 0,
      received: 1,
      refused: 1,
      refusedByCheck: { suspect: 1 },
    });
    const list = await team.auditor.get(
      '/api/reports/transparency/cases?country=FR&period=2026-Q1&measure=refused',
    );
    expect(list.body).toMatchObject({
      cases: [{ id: refused?.id, reference: refused?.reference }],
    });
    const csv = await team.auditor.get(
      '/api/reports/transparency?from=2026-01-01&to=2026-03-31&format=csv',
    );
    const text = new TextDecoder().decode(csv.bytes);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(text.split('\r\n')[1]).toMatch(/^FR,2026-Q1,0,0,1,1,/);
  });

  it('keeps a closed quarter as frozen when a case in it changes later, until a dated amendment', async () => {
    await answeredCase(t, team, order());
    t.clock.set('2026-04-02T09:00:00.000Z');
    await signInAgain(team);
    const early = await team.supervisor.post('/api/reports/transparency/quarters/2026-Q2/freeze');
    expect(errorOf(early).code).toBe('invalid_transition');
    const byReviewer = await team.reviewer.post(
      '/api/reports/transparency/quarters/2026-Q1/freeze',
    );
    expect(errorOf(byReviewer).code).toBe('forbidden');
    const frozen = TransparencyReport.parse(
      (await team.supervisor.post('/api/reports/transparency/quarters/2026-Q1/freeze')).body,
    );
    expect(frozen.quarters[0]).toMatchObject({ frozen: true, differsFromCases: false });
    const again = await team.supervisor.post('/api/reports/transparency/quarters/2026-Q1/freeze');
    expect(errorOf(again).code).toBe('duplicate');

    // A case received in the quarter is imported and answered after it was closed.
    await answeredCase(t, team, order({ receivedAt: '2026-03-30T08:00:00Z' }));
    const after = await report();
    expect(after.rows[0]).toMatchObject({ fulfilledRequests: 1, received: 1 });
    expect(after.quarters[0]).toMatchObject({ frozen: true, differsFromCases: true });

    const amended = TransparencyReport.parse(
      (
        await team.supervisor.post('/api/reports/transparency/quarters/2026-Q1/amendments', {
          reason: 'An order of 30 March was imported late.',
        })
      ).body,
    );
    expect(amended.rows[0]).toMatchObject({ fulfilledRequests: 1, received: 2 });
    expect(amended.quarters[0]?.records.map((r) => [r.kind, r.reason])).toEqual([
      ['freeze', null],
      ['amendment', 'An order of 30 March was imported late.'],
    ]);
    const audit = await t.database.db.query<{ action: string; sha: string }>(
      `SELECT action, details->>'sha256' AS sha FROM audit_events WHERE action LIKE 'report.%' ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['report.closeQuarter', 'report.amendQuarter']);
    expect(audit.map((a) => a.sha)).toEqual(amended.quarters[0]?.records.map((r) => r.sha256));
  });

  it('refuses a record of a closed quarter written without its audit event', async () => {
    await closedFirstQuarter();
    const closed = await report();
    expect(closed.rows[0]).toMatchObject({ fulfilledRequests: 1 });
    // As the service's own database role, which may add records of closed quarters.
    await expect(t.database.db.exec(FORGED_AMENDMENT)).rejects.toThrow(
      /without the audit event that records it/,
    );
    expect(await report()).toEqual(closed);

    // With an event made up to go with it, the figures still do not give the frozen hash.
    const [frozen] = await t.database.db.query<{ sha256: string; recorded_by: string }>(
      `SELECT sha256, recorded_by FROM transparency_quarters WHERE period = '2026-Q1'`,
    );
    await t.database.db.transaction(async (tx) => {
      await tx.exec(FORGED_AMENDMENT);
      await appendAuditEvent(tx, {
        at: new Date('2026-04-02T09:00:00.000Z'),
        actorId: frozen?.recorded_by ?? null,
        actor: 'supervisor',
        action: 'report.amendQuarter',
        caseId: null,
        details: { period: '2026-Q1', sha256: frozen?.sha256 ?? '', reason: 'Typo' },
      });
    });
    const forged = await team.supervisor.get(
      '/api/reports/transparency?from=2026-01-01&to=2026-03-31',
    );
    expect(errorOf(forged).message).toMatch(
      /2026-Q1 as amended \(amendment 1\) .* changed outside the case service/,
    );
  });

  it('withholds a closed quarter whose figures no longer give the hash they were frozen with', async () => {
    await closedFirstQuarter();
    await rewriteHistory(
      t.database.owner,
      `UPDATE transparency_quarters
          SET tally = jsonb_build_array(jsonb_set(tally->0, '{row,fulfilledRequests}', '0'))
        WHERE period = '2026-Q1'`,
    );
    const shown = await team.auditor.get('/api/reports/transparency?from=2026-01-01&to=2026-03-31');
    expect(shown.status).toBe(500);
    expect(errorOf(shown).message).toMatch(
      /The figures of 2026-Q1 as closed on 2026-04-02 .* changed outside the case service/,
    );
    const csv = await team.auditor.get(
      '/api/reports/transparency?from=2026-01-01&to=2026-03-31&format=csv',
    );
    expect(errorOf(csv).code).toBe('internal');
    // Nor is an amendment recorded on top of figures nobody froze.
    const amended = await team.supervisor.post(
      '/api/reports/transparency/quarters/2026-Q1/amendments',
      { reason: 'Restating.' },
    );
    expect(errorOf(amended).code).toBe('internal');
    // Other quarters still read.
    expect((await report('2026-04-01', '2026-06-30')).quarters[0]).toMatchObject({
      period: '2026-Q2',
      frozen: false,
    });
  });

  it('refuses a period that is not one, naming the field', async () => {
    const bad = await team.supervisor.get(
      '/api/reports/transparency?from=2026-13-01&to=2026-03-31',
    );
    expect(errorOf(bad)).toMatchObject({ code: 'validation', paths: ['from'] });
    const reviewer = await team.reviewer.get(
      '/api/reports/transparency?from=2026-01-01&to=2026-03-31',
    );
    expect(errorOf(reviewer).code).toBe('forbidden');
  });
});
