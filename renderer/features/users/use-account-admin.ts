import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import { callApi } from '../../lib/api-client';
import { userKeys } from '../../lib/query-keys';

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => callApi(API.resetPassword, { params: { userId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useDecideRoleGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ grantId, decision }: { grantId: string; decision: 'confirm' | 'withdraw' }) =>
      callApi(decision === 'confirm' ? API.confirmRoleGrant : API.withdrawRoleGrant, {
        params: { grantId },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useSignInThrottles() {
  return useQuery({
    queryKey: userKeys.throttles(),
    queryFn: async () => (await callApi(API.signInThrottles)).throttles,
  });
}

export function useReleaseThrottle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: { username: string; client: string }) =>
      callApi(API.releaseSignInThrottle, { body: which }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.throttles() }),
  });
}

const userSessionsKey = (userId: string) => [...userKeys.all, 'sessions', userId] as const;

export function useUserSessions(userId: string) {
  return useQuery({
    queryKey: userSessionsKey(userId),
    queryFn: async () => (await callApi(API.userSessions, { params: { userId } })).sessions,
    enabled: userId !== '',
  });
}

export function useEndUserSession(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => callApi(API.endSession, { params: { sessionId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userSessionsKey(userId) }),
  });
}
