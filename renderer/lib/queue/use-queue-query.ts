import { useCallback, useEffect, useState } from 'react';
import { useHashRoute, writeAddress } from '../hash-route';
import type { HistoryEntry } from '../pending-address';
import { parseQueueParams, queueParams, type QueueQuery } from './queue-params';

/**
 * A list's view, filters and sort, kept in the URL: typing updates the state at once and the
 * address without a history entry; a link or Back that changes the address resets the state.
 * The address is written without a `hashchange`, so a keystroke or a saved view re-renders the
 * list, not the whole window around it, and into the history only after the list is drawn.
 */
export function useQueueQuery(
  screen: 'queue' | 'approvals',
  defaults: QueueQuery,
): [QueueQuery, (query: QueueQuery, entry?: HistoryEntry) => void] {
  const route = useHashRoute();
  const params = route.screen === screen ? (route.params ?? '') : '';
  const [seen, setSeen] = useState(params);
  const [query, setQuery] = useState(() => parseQueueParams(params, defaults));
  if (params !== seen) {
    setSeen(params);
    setQuery(parseQueueParams(params, defaults));
  }
  const update = useCallback(
    (next: QueueQuery, entry: HistoryEntry = 'replace') => {
      const nextParams = queueParams(next, defaults);
      setQuery(next);
      setSeen(nextParams);
      writeAddress({ screen, params: nextParams }, entry);
    },
    [screen, defaults],
  );
  return [query, update];
}

/** The current time, moving on every `intervalMs`, so timers count down on screen. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
