import { useQuery } from '@tanstack/react-query';
import { db } from '../db';
import { caseKeys } from '../query-keys';
import { rememberedCaseListOrder } from './case-list-order';
import { nextCaseInList, statusesAwaiting, type NextCaseUser } from './next-case';

/**
 * The next case awaiting this person, read from the mirror by its status index, in the order
 * of the list the finished case was opened from.
 */
export async function findNextCase(finishedId: string, user: NextCaseUser | null) {
  if (!user) return null;
  const waiting = await db.summaries.where('status').anyOf(statusesAwaiting(user.role)).toArray();
  return nextCaseInList(rememberedCaseListOrder()?.ids ?? null, waiting, user, finishedId);
}

export function useNextCase(finishedId: string, user: NextCaseUser | null, enabled: boolean) {
  return useQuery({
    queryKey: [...caseKeys.lists(), 'next', finishedId, user?.id ?? null, user?.role ?? null],
    queryFn: () => findNextCase(finishedId, user),
    enabled,
  });
}
