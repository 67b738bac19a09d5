import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { API } from '../../../shared/api';
import type { CaseDetail } from '../../../shared/case-record';
import type { MUTATIONS, MutationName } from '../../../shared/mutations';
import { callApi } from '../api-client';
import { isApiError } from '../api-errors';
import { db, storeCaseDetail } from '../db';
import { caseKeys } from '../query-keys';
import { syncCases } from '../sync/case-sync';
import type { LoadedCase } from './case-detail-query';

/** A named case mutation with its arguments, typed from shared/mutations.ts. */
export type CaseMutation = {
  [N in MutationName]: { name: N; args: z.input<(typeof MUTATIONS)[N]> };
}[MutationName];

export async function sendCaseMutation(mutation: CaseMutation): Promise<CaseDetail> {
  return callApi(API.mutate, { body: mutation as z.input<typeof API.mutate.body> });
}

/**
 * Sends one mutation for a case. The answer is the case as the server now has it; a refusal
 * because someone else changed the case first reloads it, so the user sees what changed.
 */
export function useCaseMutation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendCaseMutation,
    onSuccess: async (detail) => {
      const stored = await storeCaseDetail(db, detail);
      const loaded: LoadedCase = { detail, source: 'network', storedAt: stored.storedAt };
      queryClient.setQueryData(caseKeys.detail(caseId), loaded);
      void syncCases(queryClient);
    },
    onError: async (error) => {
      if (isApiError(error, 'stale_version') || isApiError(error, 'invalid_transition')) {
        await queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      }
    },
  });
}
