import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { PasswordChange } from '../../../shared/users';
import { callApi } from '../../lib/api-client';
import { accountKeys } from '../../lib/query-keys';

export function useOwnSessions() {
  return useQuery({
    queryKey: accountKeys.sessions(),
    queryFn: async () => (await callApi(API.ownSessions)).sessions,
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => callApi(API.endSession, { params: { sessionId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordChange) => callApi(API.changePassword, { body }),
    // Every other session of this user has just ended.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}
