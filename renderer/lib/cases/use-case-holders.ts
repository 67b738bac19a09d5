import { useQuery } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import { callApi } from '../api-client';
import { caseHolderKeys } from '../query-keys';

/** Who a supervisor may give a case to; asked of the service, so only when online. */
export function useCaseHolders(enabled: boolean) {
  return useQuery({
    queryKey: caseHolderKeys.list(),
    queryFn: async () => (await callApi(API.caseHolders)).holders,
    enabled,
    staleTime: 60_000,
  });
}
