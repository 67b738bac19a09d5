import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { Credentials } from '../../../shared/users';
import { callApi } from '../../lib/api-client';
import { setSession } from '../../lib/session';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Credentials) => callApi(API.login, { body }),
    onSuccess: (session) => setSession(queryClient, session),
  });
}
