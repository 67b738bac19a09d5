import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { NewPolicyVersion } from '../../../shared/policy-record';
import { callApi } from '../../lib/api-client';
import { policyKeys } from '../../lib/query-keys';

export function usePolicyVersions() {
  return useQuery({
    queryKey: policyKeys.versions(),
    queryFn: async () => (await callApi(API.policyVersions)).versions,
  });
}

/** One published version with its documents; edits start from the newest one. */
export function usePolicyVersion(version: string | undefined) {
  return useQuery({
    queryKey: policyKeys.version(version ?? ''),
    queryFn: () => callApi(API.policyVersion, { params: { version: version ?? '' } }),
    enabled: version !== undefined,
  });
}

/** An admin's edit, proposed as a new version for a second admin to publish. */
export function useProposePolicyVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPolicyVersion) => callApi(API.proposePolicyVersion, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: policyKeys.proposals() }),
  });
}

export function usePolicyProposals() {
  return useQuery({
    queryKey: policyKeys.proposals(),
    queryFn: async () => (await callApi(API.policyProposals)).proposals,
  });
}

/** Publishing or rejecting: either way every policy query reloads. */
export function useDecideProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (decision: {
      id: string;
      approve: boolean;
      comment: string;
    }): Promise<{ version: string }> =>
      decision.approve
        ? callApi(API.approvePolicyProposal, {
            params: { proposalId: decision.id },
            body: decision.comment ? { comment: decision.comment } : {},
          })
        : callApi(API.rejectPolicyProposal, {
            params: { proposalId: decision.id },
            body: { comment: decision.comment },
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: policyKeys.all }),
  });
}
