import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/case-record';
import type { TalliedRow } from '../../shared/transparency/tally';
import { tallySha256 } from '../reports/transparency-report';
import { rewriteHistory } from '../testing/audit-tampering';
import { importCase, reauthenticate, signedOffCase, step } from '../testing/case-steps';
import { account, addAccounts, answeredCase, signInAgain } from '../testing/disclosure-steps';
import { sampleOrder } from '../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../testing/test-app';
import { errorOf } from '../testing/test-client';
import { openAuditAnchor, type AuditAnchor } from './audit-anchor';
import { verifyAuditChain } from './verify-audit-chain';
import { verifyAuditTrail } from './verify-audit-trail';

let t: TestApp;
let team: Team;
let anchor: AuditAnchor;

beforeEach(async () => {
  t = await createTestApp({ anchored: true });
  team = await setUpTeam(t);
  if (!t.anchor) throw new Error('the test app has no anchor');
  anchor = t.anchor;
});
afterEach(() => t.close());

const verify = () => verifyAuditTrail(t.database.db, anchor.settings, t.clock.now());

async function eventId(action: string, caseId?: string): Promise<string> {
  const [row] = await t.database.db.query<{ id: string }>(
    `SELECT id::text AS id FROM audit_events WHERE action = $1 AND ($2::uuid IS NULL OR case_id = $2)
      ORDER BY id LIMIT 1`,
    [action, caseId ?? null],
  );
  if (!row) throw new Error(`no ${action} event`);
  return row.id;
}

async function approvedCase(): Promise<CaseDetail> {
  const current = await signedOffCase(team.reviewer, 'disclose');
  await reauthenticate(team.supervisor);
  return step(team.supervisor, 'case.approve', current, { comment: 'Proportionate.' });
}

describe('the audit trail anchored outside the database', () => {
  it('signs the head right after an approval, and verifies while untouched', async () => {
    const approved = await approvedCase();
    const approval = await eventId('case.approve', approved.id);
    const result = await verify();
    expect(result).toMatchObject({
      ok: true,
      lastEventId: approval,
      firstBadEventId: null,
      evidenceRecords: 1,
      anchoring: { configured: true, latest: { lastEventId: approval }, unsignedEvents: 0 },
    });
    // The key and the checkpoints are files; the database holds neither.
    expect(await readdir(anchor.settings.keyDir)).toContain('audit-signing-key.pem');
    const [dump] = await t.database.db.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM audit_events WHERE details::text LIKE '%PRIVATE KEY%') AS found`,
    );
    expect(dump?.found).toBe(false);
  });

  it('catches an approval rewritten and re-hashed by the owner of the tables', async () => {
    const approved = await approvedCase();
    // Later events are signed too, on the timer.
    await importCase(team.reviewer, sampleOrder({ reference: 'LATER-1' }));
    expect((await anchor.checkpoint()).ok).toBe(true);
    const approval = await eventId('case.approve', approved.id);

    await rewriteHistory(
      t.database.owner,
      `UPDATE audit_events SET actor = 'supervisor2',
         details = jsonb_set(details, '{comment}', '"Approved by the second supervisor."')
       WHERE id = ${approval}`,
    );
    // The chain on its own is consistent again: that was the weakness.
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
    const result = await verify();
    expect(result).toMatchObject({ ok: false, firstBadEventId: approval });
    expect(result.problem).toMatch(/rewritten/);
    // And the checkpointer will not sign the forged history either.
    expect((await anchor.checkpoint()).ok).toBe(false);
  });

  it('catches a rewrite hidden behind a new identity for the database', async () => {
    const approved = await approvedCase();
    const approval = await eventId('case.approve', approved.id);
    expect((await verify()).ok).toBe(true);

    // Every checkpoint names the database it was signed for; the owner renames the database
    // so that none of them seems to apply, and rewrites the approval.
    await rewriteHistory(
      t.database.owner,
      `UPDATE audit_events SET actor = 'supervisor2',
         details = jsonb_set(details, '{comment}', '"Approved by the second supervisor."')
       WHERE id = ${approval};
       UPDATE installation SET database_id = gen_random_uuid()`,
    );
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(/was signed for database .* but this database says it is/);
    // Nor does the service, restarted on it, sign the forged history as a new record.
    const restarted = await openAuditAnchor(t.database.db, anchor.settings, t.clock.now);
    const signing = await restarted.checkpoint();
    expect(signing.ok).toBe(false);
    if (!signing.ok) expect(signing.problem).toMatch(/was signed for database/);
  });

  it('catches the deletion of the event that made a supervisor ineligible', async () => {
    // The supervisor entered the order, so four eyes bars them from approving it.
    let current = await importCase(team.supervisor);
    current = await step(team.reviewer, 'case.startReview', current);
    expect((await anchor.checkpoint()).ok).toBe(true);
    const entered = await eventId('order.import', current.id);

    await rewriteHistory(t.database.owner, `DELETE FROM audit_events WHERE id = ${entered}`);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
    const result = await verify();
    expect(result).toMatchObject({ ok: false, firstBadEventId: entered });
    expect(result.problem).toMatch(/missing/);
  });

  it('catches a deleted tail and an emptied table', async () => {
    const approved = await approvedCase();
    const approval = await eventId('case.approve', approved.id);
    await rewriteHistory(t.database.owner, `DELETE FROM audit_events WHERE id >= ${approval}`);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
    expect(await verify()).toMatchObject({ ok: false, firstBadEventId: approval });

    await rewriteHistory(t.database.owner, 'TRUNCATE audit_events');
    const emptied = await verify();
    expect(emptied).toMatchObject({ ok: false, firstBadEventId: '1' });
    expect(emptied.problem).toMatch(/missing/);
  });

  it('ties disclosure and call-back records to the events that wrote them', async () => {
    let current = await importCase(team.reviewer, sampleOrder({ reference: 'CALLBACK-1' }));
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer2, 'case.recordVerification', current, {
      verification: {
        calledBy: 'Remy Reviewer',
        contactName: 'Greffe pénal, duty clerk',
        channel: 'phone',
        contactUsed: '+44 20 7946 0101',
        verifiedAt: '2026-03-02T08:50:00Z',
        outcome: 'confirmed',
        note: 'Clerk confirmed the order number.',
      },
    });
    const approved = await approvedCase();
    expect(await verify()).toMatchObject({ ok: true, evidenceRecords: 2 });
    const approval = await eventId('case.approve', approved.id);
    const callBack = await eventId('case.recordVerification', current.id);

    // The owner widens what was approved, without touching the chain.
    await t.database.owner.exec(`
      ALTER TABLE disclosure_records DISABLE TRIGGER USER;
      UPDATE disclosure_records SET items = items || '[{"target": "user_id:1", "category": "phone_number", "ipWindow": null}]'::jsonb;
      ALTER TABLE disclosure_records ENABLE TRIGGER USER;`);
    const widened = await verify();
    expect(widened).toMatchObject({ ok: false, firstBadEventId: approval });
    expect(widened.problem).toMatch(/disclosure record .* was altered/);

    await t.database.owner.exec(`
      ALTER TABLE verifications DISABLE TRIGGER USER;
      DELETE FROM verifications;
      ALTER TABLE verifications ENABLE TRIGGER USER;`);
    expect(await verify()).toMatchObject({ ok: false, firstBadEventId: callBack });
  });

  it('ties the records of closed quarters to the events that closed them', async () => {
    await addAccounts(t.database.db, [
      account('acc-fastcash', { username: '@fastcash_invest', phoneNumber: '+33612345678' }),
    ]);
    await answeredCase(
      t,
      team,
      sampleOrder({
        reference: 'QUARTER-1',
        dataRequested: ['phone_number'],
        targets: [
          { identifier: { kind: 'username', value: '@fastcash_invest' }, status: 'suspect' },
        ],
      }),
    );
    t.clock.set('2026-04-02T09:00:00.000Z');
    await signInAgain(team);
    const frozen = await team.supervisor.post('/api/reports/transparency/quarters/2026-Q1/freeze');
    expect(frozen.status, JSON.stringify(frozen.body)).toBe(200);
    expect((await anchor.checkpoint()).ok).toBe(true);
    expect(await verify()).toMatchObject({ ok: true, evidenceRecords: 2 });
    const close = await eventId('report.closeQuarter');
    const owner = t.database.owner;

    // The owner adds an amendment that says nothing was disclosed, with the frozen hash.
    await rewriteHistory(
      owner,
      `INSERT INTO transparency_quarters (period, seq, kind, recorded_at, recorded_by, reason, tally, sha256)
       SELECT period, 2, 'amendment', recorded_at, recorded_by, 'Typo',
              jsonb_set(tally, '{0,row,fulfilledRequests}', '0'), sha256
         FROM transparency_quarters WHERE seq = 1`,
    );
    const added = await verify();
    expect(added).toMatchObject({ ok: false, firstBadEventId: null });
    expect(added.problem).toMatch(/Amendment 1 of the report of 2026-Q1 has no audit event/);
    await rewriteHistory(owner, 'DELETE FROM transparency_quarters WHERE seq = 2');
    expect((await verify()).ok).toBe(true);

    // Edits the frozen figures in place, keeping their hash...
    await rewriteHistory(
      owner,
      `UPDATE transparency_quarters SET tally = jsonb_set(tally, '{0,row,fulfilledRequests}', '0')`,
    );
    const edited = await verify();
    expect(edited).toMatchObject({ ok: false, firstBadEventId: close });
    expect(edited.problem).toMatch(/closed report of 2026-Q1 no longer gives the SHA-256/);

    // ...or with a hash to match them, which the report alone would take for genuine.
    const [record] = await owner.query<{ tally: TalliedRow[] }>(
      'SELECT tally FROM transparency_quarters',
    );
    await rewriteHistory(
      owner,
      `UPDATE transparency_quarters SET sha256 = '${tallySha256('2026-Q1', record?.tally ?? [])}'`,
    );
    const rehashed = await verify();
    expect(rehashed).toMatchObject({ ok: false, firstBadEventId: close });
    expect(rehashed.problem).toMatch(/closed report of 2026-Q1 was altered after event/);

    // Or reopens the quarter.
    await rewriteHistory(owner, 'DELETE FROM transparency_quarters');
    const reopened = await verify();
    expect(reopened).toMatchObject({ ok: false, firstBadEventId: close });
    expect(reopened.problem).toMatch(
      /closed report of 2026-Q1, written with event \d+, is missing/,
    );
  });

  it('refuses a checkpoint folder holding a file the key did not sign', async () => {
    await approvedCase();
    const [file] = await readdir(anchor.settings.checkpointDir);
    if (!file) throw new Error('no checkpoint');
    const path = join(anchor.settings.checkpointDir, file);
    const signed = JSON.parse(await readFile(path, 'utf8')) as { checkpoint: { lastId: string } };
    signed.checkpoint.lastId = '1';
    await writeFile(path.replace(/\.json$/, '-copy.json'), JSON.stringify(signed));
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(/not signed by this installation's key/);
  });
});

describe('refusals in the audit trail', () => {
  async function refusals(): Promise<
    { action: string; actor: string; details: { via: string; attempted: string } }[]
  > {
    return t.database.db.query(
      `SELECT action, actor, details FROM audit_events WHERE action LIKE 'refusal.%' ORDER BY id`,
    );
  }

  it('records four eyes, forbidden and re-authentication refusals from the API', async () => {
    const current = await signedOffCase(team.supervisor, 'disclose');
    const withoutPassword = await step(team.supervisor2, 'case.startReview', current).catch(
      () => null,
    );
    expect(withoutPassword).toBeNull();
    const reauthMissing = await team.supervisor2.post('/api/mutations', {
      name: 'case.approve',
      args: { caseId: current.id, version: current.version },
    });
    expect(errorOf(reauthMissing).code).toBe('reauth_required');
    await reauthenticate(team.supervisor);
    const own = await team.supervisor.post('/api/mutations', {
      name: 'case.approve',
      args: { caseId: current.id, version: current.version },
    });
    expect(errorOf(own).code).toBe('four_eyes');
    const forbidden = await team.reviewer.get('/api/audit/events');
    expect(forbidden.status).toBe(403);
    // A stale version or a bad field is not evidence of anything: not recorded.
    const stale = await team.supervisor.post('/api/mutations', {
      name: 'case.approve',
      args: { caseId: current.id, version: current.version - 1 },
    });
    expect(errorOf(stale).code).toBe('stale_version');

    expect(await refusals()).toEqual([
      expect.objectContaining({
        action: 'refusal.reauthRequired',
        actor: 'supervisor2',
        details: expect.objectContaining({ via: 'http', attempted: 'case.approve' }),
      }),
      expect.objectContaining({
        action: 'refusal.fourEyes',
        actor: 'supervisor',
        details: expect.objectContaining({ via: 'http', attempted: 'case.approve' }),
      }),
      expect.objectContaining({
        action: 'refusal.forbidden',
        actor: 'reviewer',
        details: expect.objectContaining({ via: 'http', attempted: 'GET /api/audit/events' }),
      }),
    ]);
    expect((await verify()).ok).toBe(true);
  });

  it('records the same refusals from pushed mutations, once however often they are replayed', async () => {
    const current = await signedOffCase(team.supervisor, 'disclose');
    await reauthenticate(team.supervisor);
    const push = {
      clientId: '5f0e7c1a-3b7e-4c55-9a51-0c3f3a9d2b10',
      mutations: [
        { seq: 1, name: 'case.approve', args: { caseId: current.id, version: current.version } },
      ],
    };
    for (let i = 0; i < 3; i++) {
      const response = await team.supervisor.post('/api/sync/push', push);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ acks: [{ seq: 1, status: 'refused' }] });
    }
    const blocked = await team.supervisor2.post('/api/sync/push', {
      clientId: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      mutations: push.mutations,
    });
    expect(blocked.body).toMatchObject({ blocked: { error: { code: 'reauth_required' } } });
    const events = await refusals();
    expect(events).toEqual([
      expect.objectContaining({
        action: 'refusal.fourEyes',
        actor: 'supervisor',
        details: expect.objectContaining({ via: 'sync', attempted: 'case.approve' }),
      }),
      expect.objectContaining({
        action: 'refusal.reauthRequired',
        actor: 'supervisor2',
        details: expect.objectContaining({ via: 'sync' }),
      }),
    ]);
    // A refused attempt is not participation: the second supervisor may still approve.
    await reauthenticate(team.supervisor2);
    await step(team.supervisor2, 'case.approve', current);
  });
});
