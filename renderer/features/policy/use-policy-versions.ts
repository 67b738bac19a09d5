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

/** An admin's edit, saved as a new version; every policy query then reloads. */
export function useSavePolicyVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPolicyVersion) => callApi(API.createPolicyVersion, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: policyKeys.all }),
  });
}
