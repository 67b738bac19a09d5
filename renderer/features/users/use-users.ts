import { useQuery } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import { callApi } from '../../lib/api-client';
import { userKeys } from '../../lib/query-keys';

export function useUsers() {
  return useQuery({
    queryKey: userKeys.lists(),
    queryFn: async () => (await callApi(API.listUsers)).users,
  });
}
