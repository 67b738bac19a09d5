import { useQuery } from '@tanstack/react-query';
import type { CaseSummary } from '../../../shared/case-record';
import { db } from '../../lib/db';
import { caseKeys } from '../../lib/query-keys';

const filter = { status: 'signed_off' } as const;

/** Signed-off cases from the mirror, oldest deadline first. */
export function useApprovalInbox() {
  return useQuery({
    queryKey: caseKeys.list(filter),
    queryFn: async (): Promise<CaseSummary[]> => {
      const rows = await db.summaries.where('status').equals(filter.status).toArray();
      return rows.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
    },
    staleTime: Infinity,
  });
}
