import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { NewUser } from '../../../shared/users';
import { callApi } from '../../lib/api-client';
import { userKeys } from '../../lib/query-keys';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUser) => callApi(API.createUser, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
