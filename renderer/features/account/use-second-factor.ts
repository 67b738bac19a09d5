import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import { callApi } from '../../lib/api-client';
import { sessionKeys } from '../../lib/query-keys';

export function useStartSecondFactor() {
  return useMutation({ mutationFn: () => callApi(API.startSecondFactor) });
}

export function useConfirmSecondFactor() {
  return useMutation({
    mutationFn: (code: string) => callApi(API.confirmSecondFactor, { body: { code } }),
  });
}

/** Once the recovery codes are put away, the session is read again: the factor now counts. */
export function useFinishSecondFactor() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: sessionKeys.current() });
}

export function useRenewRecoveryCodes() {
  return useMutation({
    mutationFn: (proof: { password: string; code: string }) =>
      callApi(API.renewRecoveryCodes, { body: proof }),
  });
}

/** Once removed, the session is read again: the account no longer has a second factor. */
export function useRemoveSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (proof: { password: string; code: string }) =>
      callApi(API.removeSecondFactor, { body: proof }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.current() }),
  });
}
