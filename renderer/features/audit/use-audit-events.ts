import { useInfiniteQuery } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import { callApi } from '../../lib/api-client';
import { auditKeys } from '../../lib/query-keys';
import type { AuditFilterQuery } from './audit-filter';

const PAGE_SIZE = 100;

/** The audit log, newest first, a page at a time: it lives on the server only. */
export function useAuditEvents(filter: AuditFilterQuery) {
  return useInfiniteQuery({
    queryKey: auditKeys.events(filter),
    queryFn: ({ pageParam }) =>
      callApi(API.auditEvents, {
        query: { ...filter, limit: PAGE_SIZE, ...(pageParam ? { before: pageParam } : {}) },
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.next ?? undefined,
  });
}
