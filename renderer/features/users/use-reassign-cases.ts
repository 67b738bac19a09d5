import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import { callApi } from '../../lib/api-client';
import { userKeys } from '../../lib/query-keys';

/** How many open cases the person holds; asked only for a deactivated account. */
export function useHeldCases(userId: string, enabled: boolean) {
  return useQuery({
    queryKey: userKeys.heldCases(userId),
    queryFn: async () => (await callApi(API.heldCases, { params: { userId } })).open,
    enabled,
  });
}

export function useReassignCases() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fromUserId, toUserId }: { fromUserId: string; toUserId: string }) =>
      callApi(API.reassignCases, { params: { userId: fromUserId }, body: { toUserId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
