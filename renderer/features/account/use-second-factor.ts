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
