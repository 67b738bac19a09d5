import { useMutation, useQueryClient } from '@tanstack/react-query';
import { HTTP_STATUS } from '../../../shared/errors';
import { ApiRequestError } from '../api-errors';
import { db, type DeskDatabase } from '../db';
import { caseKeys } from '../query-keys';
import { syncCases } from '../sync/case-sync';
import { recordAction } from '../sync/record-action';

import type { CaseMutation } from './case-mutation-type';

export type { CaseMutation };

/** Where an action stands once this window's sync round after it has finished. */
export type ActionOutcome = 'applied' | 'pending';

/** The workstation could not record the action: it was not taken. */
export class StorageFailureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageFailureError';
  }
}

/** The server's decision on an action, as far as this workstation knows it now. */
export async function actionOutcome(database: DeskDatabase, seq: number): Promise<ActionOutcome> {
  if (await database.outbox.get(seq)) return 'pending';
  const refused = await database.refused.get(seq);
  if (refused) {
    const { code, message, issues } = refused.error;
    throw new ApiRequestError(code, HTTP_STATUS[code], message, issues ?? []);
  }
  return 'applied';
}

/**
 * Takes one action on a case: it goes into the outbox (which is its optimistic effect) and a
 * sync round pushes it at once when the service is reachable. The answer is `applied`, or
 * `pending` while offline or awaiting a password; a refusal is thrown with the server's reason
 * (and also kept in the "Not accepted" list).
 */
export function useCaseMutation(caseId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
      queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
    ]);
  return useMutation({
    mutationFn: async (mutation: CaseMutation): Promise<ActionOutcome> => {
      const queued = await recordAction(db, mutation);
      if (!queued.ok) throw new StorageFailureError(queued.error.message);
      await refresh();
      await syncCases(queryClient);
      return actionOutcome(db, queued.seq);
    },
    onSettled: refresh,
  });
}
