import type { Queryable } from './database';

/**
 * Every transaction that writes takes this lock first and holds it until it commits. Writes
 * therefore commit one at a time, in the order their case change counters were drawn, so a
 * client that pulled up to counter N can never later miss a change numbered below N. The
 * audit chain needs the same serialisation anyway, and taking the one lock first everywhere
 * rules out deadlocks between writers. The lock is a row in PostgreSQL: it holds across
 * every instance of the service.
 */
export async function acquireWriteOrder(tx: Queryable): Promise<void> {
  await tx.query('SELECT last_id FROM audit_chain_head FOR UPDATE');
}
