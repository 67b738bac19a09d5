import { useDeferredValue, useEffect, useMemo } from 'react';
import { rememberCaseListOrder } from '../cases/case-list-order';
import { useSession } from '../session';
import { filterQueue, type QueueFilter, type SortKey } from './queue-model';
import { queueParams, type QueueQuery } from './queue-params';
import { useQueue } from './use-queue';
import { useEarlySearch } from './use-early-search';
import { useNow, useQueueQuery } from './use-queue-query';

/**
 * A case list as the queue and the approvals show it: the query kept in the address, the
 * cases in memory, the rows the filters leave and a sort that turns on a second click.
 * `fixedView` pins the view whatever the address says (the approvals list).
 */
export function useCaseList(
  screen: 'queue' | 'approvals',
  defaults: QueueQuery,
  fixedView?: QueueFilter['view'],
) {
  const session = useSession();
  const userId = session.data?.user.id ?? null;
  const [query, setQuery] = useQueueQuery(screen, defaults);
  const { filter, sort } = query;
  const queue = useQueue(userId, sort);
  // Typing stays responsive: the table catches up with the filter in a deferred render.
  const deferred = useDeferredValue(filter);
  const deferredFilter = useMemo(
    () => (fixedView ? { ...deferred, view: fixedView } : deferred),
    [deferred, fixedView],
  );
  const now = useNow();
  const early = useEarlySearch(queue.phase, deferredFilter.text, sort);
  const visible = useMemo(
    () => filterQueue(early ?? queue.index, deferredFilter, { userId, now }),
    [early, queue.index, deferredFilter, userId, now],
  );

  // The order a case opened from here is followed when it is done: "the next case".
  useEffect(() => {
    rememberCaseListOrder({
      screen,
      params: queueParams(query, defaults),
      ids: visible.map((row) => row.id),
    });
  }, [screen, query, defaults, visible]);

  function toggleSort(key: SortKey) {
    setQuery({
      filter,
      sort:
        sort.key === key
          ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
          : { key, direction: 'asc' },
    });
  }

  return { userId, query, setQuery, queue, deferredFilter, now, visible, toggleSort };
}
