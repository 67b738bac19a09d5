import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAuditEvent } from '../audit/append-audit-event';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { createTestDatabase, testBackend, type TestDatabase } from '../testing/test-database';
import { acquireWriteOrder } from './write-order';

let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
  await t.db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    await appendAuditEvent(tx, {
      at: new Date('2026-03-02T09:00:00Z'),
      actorId: null,
      actor: 'rita',
      action: 'test.event',
      caseId: null,
      details: {},
    });
  });
});
afterEach(() => t.drop());

// PGlite is one embedded user on one workstation: there is no second role to hold back.
describe.runIf(testBackend() === 'postgres')('the service role on PostgreSQL', () => {
  const attacks: [string, string][] = [
    ['disables the triggers', 'ALTER TABLE audit_events DISABLE TRIGGER USER'],
    ['disables one trigger', 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only'],
    ['alters a column', 'ALTER TABLE audit_events ALTER COLUMN details TYPE text'],
    ['edits an event', "UPDATE audit_events SET actor = 'mallory'"],
    ['deletes an event', 'DELETE FROM audit_events'],
    ['empties the table', 'TRUNCATE audit_events'],
    ['drops the table', 'DROP TABLE audit_events CASCADE'],
    ['drops the head', 'DROP TABLE audit_chain_head CASCADE'],
    ['drops a trigger', 'DROP TRIGGER audit_events_append_only ON audit_events'],
    [
      'replaces the trigger function',
      'CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
    ],
    ['moves the head back', 'UPDATE audit_chain_head SET last_id = 0'],
    ['edits a disclosure record', "UPDATE disclosure_records SET comment = 'x'"],
    ['deletes a call-back record', 'DELETE FROM verifications'],
    ['empties the disclosure records', 'TRUNCATE disclosure_records'],
    ['deletes a recorded delivery', 'DELETE FROM case_deliveries'],
    ['switches off the package trigger', 'ALTER TABLE disclosure_packages DISABLE TRIGGER ALL'],
    ['reopens a closed quarter', 'DELETE FROM transparency_quarters'],
    ['rewrites a closed quarter', "UPDATE transparency_quarters SET tally = '[]'"],
    [
      'lets a closed quarter be recorded without its event',
      'ALTER TABLE transparency_quarters DISABLE TRIGGER transparency_quarters_with_event',
    ],
    ['rewrites a policy version', "UPDATE policy_versions SET effective_from = '2000-01-01'"],
    ['becomes the owner', 'SET ROLE desk_test_owner'],
    ['creates its own table', 'CREATE TABLE shadow (id int)'],
  ];

  it.each(attacks)('is refused when it %s', async (_what, sql) => {
    await expect(t.db.exec(sql)).rejects.toThrow(
      /permission denied|must be owner|only moves forward|append-only|not allowed|must be able to SET ROLE|must be member/,
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, events: 1 });
  });

  it('still reads and appends: the service works', async () => {
    await t.db.transaction(async (tx) => {
      await acquireWriteOrder(tx);
      await appendAuditEvent(tx, {
        at: new Date('2026-03-02T09:01:00Z'),
        actorId: null,
        actor: 'rita',
        action: 'test.second',
        caseId: null,
        details: {},
      });
    });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, events: 2 });
  });

  it('is not the owner, and the owner is not a superuser', async () => {
    const [service] = await t.db.query<{ user: string; owner: string; superuser: boolean }>(
      `SELECT current_user AS user, tableowner AS owner,
              (SELECT rolsuper FROM pg_roles WHERE rolname = tableowner) AS superuser
         FROM pg_tables WHERE tablename = 'audit_events'`,
    );
    expect(service).toEqual({
      user: 'desk_test_service',
      owner: 'desk_test_owner',
      superuser: false,
    });
  });
});
