import {
  GENESIS_HASH,
  STORED_EVENT_COLUMNS,
  storedEventHash,
  type StoredAuditEvent,
} from '../audit/audit-event';
import type { Database } from '../storage/database';

/**
 * What the owner of the tables can do, played out for tests: switch the append-only
 * triggers off, change history with `sql`, then re-hash every event from the first changed
 * one and move the head to match, so that the chain alone looks intact again.
 */
export async function rewriteHistory(owner: Database, sql: string): Promise<void> {
  await owner.transaction(async (tx) => {
    await tx.exec(`
      ALTER TABLE audit_events DISABLE TRIGGER USER;
      ALTER TABLE audit_chain_head DISABLE TRIGGER USER;
      ALTER TABLE disclosure_records DISABLE TRIGGER USER;
      ALTER TABLE verifications DISABLE TRIGGER USER;
      ALTER TABLE transparency_quarters DISABLE TRIGGER USER;
      ${sql};`);
    const rows = await tx.query<StoredAuditEvent>(
      `SELECT ${STORED_EVENT_COLUMNS} FROM audit_events ORDER BY audit_events.id`,
    );
    let prevHash = GENESIS_HASH;
    let lastId = '0';
    for (const row of rows) {
      const hash = storedEventHash(prevHash, row);
      if (row.prev_hash !== prevHash || row.hash !== hash) {
        await tx.query('UPDATE audit_events SET prev_hash = $2, hash = $3 WHERE id = $1::bigint', [
          row.id,
          prevHash,
          hash,
        ]);
      }
      prevHash = hash;
      lastId = row.id;
    }
    await tx.query('UPDATE audit_chain_head SET last_id = $1::bigint, last_hash = $2', [
      lastId,
      prevHash,
    ]);
    await tx.exec(`
      ALTER TABLE audit_events ENABLE TRIGGER USER;
      ALTER TABLE audit_chain_head ENABLE TRIGGER USER;
      ALTER TABLE disclosure_records ENABLE TRIGGER USER;
      ALTER TABLE verifications ENABLE TRIGGER USER;
      ALTER TABLE transparency_quarters ENABLE TRIGGER USER;`);
  });
}
