import { useQuery } from '@tanstack/react-query';
import type { CaseSummary } from '../../../shared/case-record';
import { db } from '../../lib/db';
import { caseKeys } from '../../lib/query-keys';

/** The whole mirror: the queue filters and sorts it in memory, which is fast at 100,000 rows. */
export function useQueueCases() {
  return useQuery({
    queryKey: caseKeys.list({}),
    queryFn: (): Promise<CaseSummary[]> => db.summaries.toArray(),
    // Invalidated by the pull loop whenever a page changes the mirror.
    staleTime: Infinity,
  });
}
