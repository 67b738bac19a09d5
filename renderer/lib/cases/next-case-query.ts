import { useQuery } from '@tanstack/react-query';
import { db } from '../db';
import { caseKeys } from '../query-keys';
import { nextCaseAwaiting, statusesAwaiting, type NextCaseUser } from './next-case';

/** The next case awaiting this person, read from the mirror by its status index. */
export function useNextCase(finishedId: string, user: NextCaseUser | null, enabled: boolean) {
  return useQuery({
    queryKey: [...caseKeys.lists(), 'next', finishedId, user?.id ?? null, user?.role ?? null],
    queryFn: async () => {
      if (!user) return null;
      const waiting = await db.summaries
        .where('status')
        .anyOf(statusesAwaiting(user.role))
        .toArray();
      return nextCaseAwaiting(waiting, user, finishedId);
    },
    enabled,
  });
}
