import { useQuery } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import { callApi } from '../../lib/api-client';
import { setupKeys } from '../../lib/query-keys';

export function useSetupStatus() {
  return useQuery({
    queryKey: setupKeys.status(),
    queryFn: () => callApi(API.setupStatus),
    staleTime: Infinity,
  });
}
