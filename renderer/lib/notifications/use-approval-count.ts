import { useLiveQuery } from '../use-live-query';
import { db } from '../db';

/** Sign-offs awaiting a supervisor, less those they hold themselves (four eyes). */
export function useApprovalCount(userId: string, enabled: boolean): number {
  return useLiveQuery(
    async () =>
      enabled
        ? db.summaries
            .where('status')
            .equals('signed_off')
            .filter((s) => s.assigneeId !== userId)
            .count()
        : 0,
    0,
    [userId, enabled],
  );
}
