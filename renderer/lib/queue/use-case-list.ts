import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { rememberCaseListOrder } from '../cases/case-list-order';
import { useSession } from '../session';
import { filterQueue, prepareSearch, type QueueFilter, type SortKey } from './queue-model';
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
  // Applied in the render the input causes, so the count follows at once: filtering takes a
  // few milliseconds even at 250,000 cases. The queue screen draws only its grid's rows in a
  // later render (DeferredCaseTable), which draws nothing else.
  const { view, statuses, countries, text } = filter;
  const appliedFilter = useMemo(
    () => ({ view: fixedView ?? view, statuses, countries, text }),
    [view, statuses, countries, text, fixedView],
  );
  const now = useNow();
  const early = useEarlySearch(queue.phase, appliedFilter.text, sort);
  const visible = useMemo(
    () => filterQueue(early ?? queue.index, appliedFilter, { userId, now }),
    [early, queue.index, appliedFilter, userId, now],
  );
  // The first search would otherwise read every case's terms itself. Only once every case is
  // read, and only while the window is idle: not between the pages of a first sync, and in
  // steps that leave the window free for input.
  const ready = queue.phase === 'ready';
  useEffect(
    () => (ready ? whenIdle((timeLeft) => prepareSearch(queue.index, timeLeft)) : undefined),
    [ready, queue.index],
  );

  // The order a case opened from here is followed when it is done: "the next case".
  useEffect(() => {
    rememberCaseListOrder({
      screen,
      params: queueParams(query, defaults),
      rows: visible,
    });
  }, [screen, query, defaults, visible]);

  // The same function from render to render, so the table is not drawn again for it.
  const latest = useRef(query);
  useLayoutEffect(() => {
    latest.current = query;
  });
  const toggleSort = useCallback(
    (key: SortKey) => {
      const { filter, sort } = latest.current;
      setQuery({
        filter,
        sort:
          sort.key === key
            ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
            : { key, direction: 'asc' },
      });
    },
    [setQuery],
  );

  return { userId, query, setQuery, queue, appliedFilter, now, visible, toggleSort };
}

/** The longest a step of idle work runs: a click arriving meanwhile waits for it to end. */
const IDLE_STEP_MS = 10;

/**
 * Runs a piece of work while the window has nothing else to do, again in each idle period
 * until it says it is done; the returned function cancels the rest.
 */
function whenIdle(step: (timeLeft: () => number) => boolean): () => void {
  let cancelled = false;
  if (typeof requestIdleCallback === 'function') {
    let handle = 0;
    const run = (deadline: IdleDeadline) => {
      // An idle period lasts up to 50 ms, but input that comes during it is not foreseen.
      const until = performance.now() + IDLE_STEP_MS;
      const timeLeft = () => Math.min(deadline.timeRemaining(), until - performance.now());
      if (!cancelled && !step(timeLeft)) handle = requestIdleCallback(run);
    };
    handle = requestIdleCallback(run);
    return () => {
      cancelled = true;
      cancelIdleCallback(handle);
    };
  }
  // Without idle callbacks: steps a second apart.
  let timer: ReturnType<typeof setTimeout>;
  const run = () => {
    const until = performance.now() + IDLE_STEP_MS;
    if (!cancelled && !step(() => until - performance.now())) timer = setTimeout(run, 1_000);
  };
  timer = setTimeout(run, 1_000);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
