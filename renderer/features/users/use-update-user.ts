import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { UserUpdate } from '../../../shared/users';
import { callApi } from '../../lib/api-client';
import { userKeys } from '../../lib/query-keys';

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, update }: { userId: string; update: UserUpdate }) =>
      callApi(API.updateUser, { params: { userId }, body: update }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
