import { useQuery } from '@tanstack/react-query';
import type { CaseSummary } from '../../../shared/case-record';
import { db } from '../../lib/db';
import { caseKeys } from '../../lib/query-keys';
import { syncUser } from '../../lib/sync/case-sync';
import { withPendingSummary } from '../../lib/sync/local-effects';
import type { QueuedMutation } from '../../lib/sync/outbox-records';

/** A queue row, with whether it shows actions the server has not accepted yet. */
export type QueueCase = CaseSummary & { pending?: true };

/**
 * The whole mirror with this user's pending actions folded over it: the queue filters and
 * sorts it in memory, which is fast at 100,000 rows.
 */
export function useQueueCases() {
  return useQuery({
    queryKey: caseKeys.list({}),
    queryFn: async (): Promise<QueueCase[]> => {
      const [rows, pending] = await Promise.all([db.summaries.toArray(), db.outbox.toArray()]);
      const user = syncUser();
      if (user === null || pending.length === 0) return rows;
      const byCase = new Map<string, QueuedMutation[]>();
      for (const m of pending) byCase.set(m.caseId, [...(byCase.get(m.caseId) ?? []), m]);
      return rows.map((row) => {
        const own = byCase.get(row.id);
        return own ? { ...withPendingSummary(row, own, user), pending: true as const } : row;
      });
    },
    // Invalidated by the sync loop and by each action whenever the mirror or outbox changes.
    staleTime: Infinity,
  });
}
