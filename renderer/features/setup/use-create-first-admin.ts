import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { FirstAdmin } from '../../../shared/users';
import { callApi } from '../../lib/api-client';
import { setupKeys } from '../../lib/query-keys';
import { setSession } from '../../lib/session';

export function useCreateFirstAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FirstAdmin) => callApi(API.createFirstAdmin, { body }),
    onSuccess: (session) => {
      queryClient.setQueryData(setupKeys.status(), { needsFirstAdmin: false });
      setSession(queryClient, session);
    },
  });
}
