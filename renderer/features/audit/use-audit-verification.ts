import { useQuery } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import { callApi } from '../../lib/api-client';
import { auditKeys } from '../../lib/query-keys';

/** Walks the whole chain on the server: asked for on opening the screen and on demand. */
export function useAuditVerification() {
  return useQuery({
    queryKey: auditKeys.verification(),
    queryFn: () => callApi(API.auditVerify),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
