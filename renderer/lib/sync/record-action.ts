import type { CaseMutation } from '../cases/case-mutation-type';
import type { DeskDatabase } from '../db';
import { enqueueMutation, type EnqueueResult } from './enqueue';
import { updateSyncStatus } from './sync-status';

/**
 * Records one user action and tells the header whether the workstation could store it. An
 * action recorded after a storage failure (the user freed space) clears the warning, which
 * says the last action was not recorded and would no longer be true.
 */
export async function recordAction(
  database: DeskDatabase,
  mutation: CaseMutation,
  now?: Date,
): Promise<EnqueueResult> {
  const queued = await enqueueMutation(database, mutation, now);
  updateSyncStatus({ storageFailure: queued.ok ? null : queued.error });
  return queued;
}
