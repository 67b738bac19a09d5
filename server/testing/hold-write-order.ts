import { acquireWriteOrder } from '../storage/write-order';
import type { TestDatabase } from './test-database';

/**
 * Takes the global write order exclusively on another connection, as an import or a sign-in
 * does, and keeps it until the returned function is called: every writer of the service
 * waits for it meanwhile. PostgreSQL only (PGlite has one connection).
 */
export async function holdWriteOrder(database: TestDatabase): Promise<() => Promise<void>> {
  const other = await database.openAnother();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const taken = new Promise<void>((resolve) => (held = resolve));
  const holding = other.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    held();
    await released;
  });
  await taken;
  return async () => {
    release();
    await holding;
  };
}
