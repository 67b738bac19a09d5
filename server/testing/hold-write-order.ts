import type { Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import type { TestDatabase } from './test-database';

/**
 * Runs `take` in a transaction on another connection and keeps that transaction open, with
 * whatever locks `take` took, until the returned function is called. PostgreSQL only (PGlite
 * has one connection).
 */
async function holdOpen(
  database: TestDatabase,
  take: (tx: Queryable) => Promise<unknown>,
): Promise<() => Promise<void>> {
  const other = await database.openAnother();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const taken = new Promise<void>((resolve) => (held = resolve));
  const holding = other.transaction(async (tx) => {
    await take(tx);
    held();
    await released;
  });
  await taken;
  return async () => {
    release();
    await holding;
  };
}

/**
 * Takes the global write order exclusively on another connection, as an import or a sign-in
 * does, and keeps it until the returned function is called: every writer of the service
 * waits for it meanwhile.
 */
export function holdWriteOrder(database: TestDatabase): Promise<() => Promise<void>> {
  return holdOpen(database, acquireWriteOrder);
}

/**
 * Locks the audit chain's head on another connection until the returned function is called:
 * no seal pass can end meanwhile, while writers still commit.
 */
export function holdAuditChainHead(database: TestDatabase): Promise<() => Promise<void>> {
  return holdOpen(database, (tx) => tx.query('SELECT last_id FROM audit_chain_head FOR UPDATE'));
}
