import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { Enrolment } from '../../../shared/users';
import { callApi } from '../../lib/api-client';
import { setSession } from '../../lib/session';

export function useEnrol() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Enrolment) => callApi(API.enrol, { body }),
    onSuccess: (session) => setSession(queryClient, session),
  });
}
