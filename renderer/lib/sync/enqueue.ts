import type { CaseMutation } from '../cases/case-mutation-type';
import type { DeskDatabase } from '../db';
import type { QueuedMutation } from './outbox-records';
import { storageFailure, type StorageFailure } from './storage-failure';

export type EnqueueResult = { ok: true; seq: number } | { ok: false; error: StorageFailure };

/**
 * Records one user action in the outbox. Its seq is drawn from the same transaction, so two
 * windows of the same user never hand out one seq twice. The outbox row is the action's
 * optimistic effect: every read folds pending rows over the server copy (local-effects.ts),
 * so the effect and the record of it cannot come apart.
 */
export async function enqueueMutation(
  database: DeskDatabase,
  mutation: CaseMutation,
  now: Date = new Date(),
): Promise<EnqueueResult> {
  try {
    const seq = await database.transaction('rw', database.outbox, database.meta, async () => {
      const stored = (await database.meta.get('nextSeq'))?.value;
      const seq = stored === undefined ? 1 : Number(stored);
      const record = {
        ...mutation,
        seq,
        caseId: mutation.args.caseId,
        queuedAt: now.toISOString(),
      } as QueuedMutation;
      await database.outbox.add(record);
      await database.meta.put({ key: 'nextSeq', value: String(seq + 1) });
      return seq;
    });
    return { ok: true, seq };
  } catch (error) {
    const failure = storageFailure(error);
    if (failure) return { ok: false, error: failure };
    throw error;
  }
}

/** The outbox's identity at the server, made on first use and kept with the mirror. */
export function outboxClientId(database: DeskDatabase): Promise<string> {
  return database.transaction('rw', database.meta, async () => {
    const existing = (await database.meta.get('clientId'))?.value;
    if (existing) return existing;
    const id = crypto.randomUUID();
    await database.meta.put({ key: 'clientId', value: id });
    return id;
  });
}
