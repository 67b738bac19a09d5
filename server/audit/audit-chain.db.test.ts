import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { appendAuditEvent } from './append-audit-event';
import { auditEventHash } from './audit-event';
import { requestSeal, sealAuditEvents } from './seal-audit-events';
import { verifyAuditChain } from './verify-audit-chain';

let t: TestDatabase;
let db: Database;

async function append(action: string, details: Record<string, string | number> = {}) {
  await db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    await appendAuditEvent(tx, {
      at: new Date('2026-03-02T09:00:00.123Z'),
      actorId: null,
      actor: 'rita',
      action,
      caseId: null,
      details,
    });
  });
}

/** Runs SQL with the append-only triggers off, as someone with superuser access could. */
async function tamper(sql: string) {
  await t.asSuperuser(`
    ALTER TABLE audit_events DISABLE TRIGGER USER;
    ${sql};
    ALTER TABLE audit_events ENABLE TRIGGER USER;`);
}

beforeEach(async () => {
  t = await createTestDatabase();
  db = t.db;
  for (let i = 1; i <= 5; i++) await append(`test.event${i}`, { n: i, note: `event ${i}` });
});
afterEach(() => t.drop());

describe('the audit chain', () => {
  it('verifies when untouched', async () => {
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, events: 5, lastId: '5' });
  });

  it('refuses UPDATE, DELETE and TRUNCATE, even to the owner of the tables', async () => {
    const owner = t.owner;
    await expect(owner.query("UPDATE audit_events SET actor = 'mallory'")).rejects.toThrow(
      /append-only/,
    );
    await expect(owner.query('DELETE FROM audit_events WHERE id = 3')).rejects.toThrow(
      /append-only/,
    );
    await expect(owner.query('TRUNCATE audit_events')).rejects.toThrow(/append-only|truncate/i);
    await expect(owner.query('DELETE FROM audit_chain_head')).rejects.toThrow(/forward/);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('detects an edited event', async () => {
    await tamper(
      `UPDATE audit_events SET details = '{"n": 3, "note": "nothing happened"}' WHERE id = 3`,
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, eventId: '3' });
  });

  it('detects an edited actor or time', async () => {
    await tamper(`UPDATE audit_events SET at = at + interval '1 second' WHERE id = 2`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, eventId: '2' });
  });

  it('detects a removed event', async () => {
    await tamper('DELETE FROM audit_events WHERE id = 3');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, eventId: '4' });
  });

  it('detects removed events at the end of the chain', async () => {
    await tamper('DELETE FROM audit_events WHERE id >= 4');
    const verdict = await verifyAuditChain(db);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.problem).toMatch(/removed from the end/);
  });

  it('detects reordered events', async () => {
    await tamper(`
      UPDATE audit_events SET id = 100 WHERE id = 2;
      UPDATE audit_events SET id = 2 WHERE id = 3;
      UPDATE audit_events SET id = 3 WHERE id = 100`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, eventId: '2' });
  });

  it('detects an inserted event, even one hashed to fit its predecessor', async () => {
    const [previous] = await db.query<{ hash: string }>(
      'SELECT hash FROM audit_events WHERE id = 2',
    );
    const forged = {
      id: '25',
      at: '2026-03-02T09:00:00.123Z',
      actorId: null,
      actor: 'rita',
      action: 'case.approve',
      caseId: null,
      details: {},
    };
    const hash = auditEventHash(previous?.hash ?? '', forged);
    // Ids below the sequence are free once 2 and 3 are renumbered apart.
    await tamper(`
      UPDATE audit_events SET id = id * 10 WHERE id >= 3;
      INSERT INTO audit_events (id, at, actor_id, actor, action, case_id, details, prev_hash, hash)
      VALUES (25, '${forged.at}', NULL, 'rita', 'case.approve', NULL, '{}', '${previous?.hash}', '${hash}')`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, eventId: '30' });
  });

  it('serialises appends from concurrent transactions into one chain', async () => {
    const other = await t.openAnother();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? db : other).transaction(async (tx) => {
          await acquireWriteOrder(tx);
          await appendAuditEvent(tx, {
            at: new Date(),
            actorId: null,
            actor: 'load',
            action: 'test.concurrent',
            caseId: null,
            details: { i },
          });
        }),
      ),
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, events: 25 });
  });

  it('verifies a chain longer than one batch', async () => {
    for (let i = 0; i < 1200; i += 100) {
      await db.transaction(async (tx) => {
        await acquireWriteOrder(tx);
        for (let j = 0; j < 100; j++) {
          await appendAuditEvent(tx, {
            at: new Date(),
            actorId: null,
            actor: 'bulk',
            action: 'test.bulk',
            caseId: null,
            details: { n: i + j, nested: { b: [1, 2.5, 'x'], a: null } },
          });
        }
      });
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, events: 1205 });
  });
});

describe('a seal pass', () => {
  /** Events recorded outside any transaction of the service: nothing seals them yet. */
  async function recordUnsealed(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      await db.query(
        `INSERT INTO audit_events (at, actor, action, details)
         VALUES ('2026-03-02T10:00:00.000Z', 'rita', 'test.unsealed', '{}')`,
      );
    }
  }

  const head = () =>
    db.query<{ last_id: string; last_hash: string }>(
      'SELECT last_id::text AS last_id, last_hash FROM audit_chain_head',
    );
  const unsealedIds = async () =>
    (
      await db.query<{ id: string }>(
        'SELECT id::text AS id FROM audit_events WHERE hash IS NULL ORDER BY id',
      )
    ).map((row) => row.id);
  const seal = (ids: number[]) =>
    db.query('SELECT seal_audit_events($1::jsonb)', [
      JSON.stringify(
        // Hashes are unique in the table: each event gets one of its own.
        ids.map((id) => ({ id, prev_hash: 'a'.repeat(64), hash: String(id).padStart(64, 'b') })),
      ),
    ]);

  it('refuses to leave an event unsealed behind the head, or to seal what is not waiting', async () => {
    await recordUnsealed(2);
    const before = await head();
    expect(before).toEqual([{ last_id: '5', last_hash: expect.any(String) }]);
    expect(await unsealedIds()).toEqual(['6', '7']);
    const refused: number[][] = [
      [], // nothing to seal
      [7], // skips 6, which could never be sealed once the head is at 7
      [6, 6], // one event twice
      [5, 6], // 5 is sealed already
      [6, 7, 8], // 8 does not exist
    ];
    for (const ids of refused) {
      await expect(seal(ids), JSON.stringify(ids)).rejects.toThrow(/seal pass/);
    }
    // Nothing of any refused pass stayed: the head and the two events are as they were.
    expect(await head()).toEqual(before);
    expect(await unsealedIds()).toEqual(['6', '7']);
    // The sealer links both, from the head it finds.
    expect(await sealAuditEvents(db)).toBe(2);
    expect(await unsealedIds()).toEqual([]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, events: 7, lastId: '7' });
  });

  it('answers a request whose events a pass has sealed without another pass', async () => {
    let passes = 0;
    // A view of the database of its own, so that it has a queue of its own; it counts passes.
    const counted: Database = {
      ...db,
      transaction: (fn) => {
        passes++;
        return db.transaction(fn);
      },
    };
    await recordUnsealed(2);
    expect(await requestSeal(counted, '7')).toBe(2);
    expect(passes).toBe(1);
    // Sealed by the pass above: no other pass, whether one request or several at once.
    await requestSeal(counted, '6');
    await Promise.all([requestSeal(counted, '7'), requestSeal(counted, '5')]);
    expect(passes).toBe(1);
    // A request that names no event always waits for a pass begun after it.
    await requestSeal(counted);
    expect(passes).toBe(2);
    // Requests at once for an event not yet sealed share one pass, and each finds it sealed.
    await recordUnsealed(1);
    await Promise.all([1, 2, 3].map(() => requestSeal(counted, '8')));
    expect(passes).toBe(3);
    expect(await unsealedIds()).toEqual([]);
    // One still recorded beside a pass: the pass after seals it before the request answers.
    const pass = requestSeal(counted);
    await recordUnsealed(1);
    await requestSeal(counted, '9');
    await pass;
    expect(await unsealedIds()).toEqual([]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, events: 9, lastId: '9' });
  });

  it('seals every waiting event, across batches, when events keep arriving beside it', async () => {
    await recordUnsealed(30);
    const other = await t.openAnother();
    await Promise.all([
      sealAuditEvents(db),
      recordUnsealed(30),
      sealAuditEvents(other),
      append('test.sealed-on-commit'),
    ]);
    await sealAuditEvents(db);
    expect(await unsealedIds()).toEqual([]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, events: 66, lastId: '66' });
  });
});
