import { useEffect, useState } from 'react';
import { db } from '../db';
import {
  buildQueueIndex,
  searchTokens,
  sortCases,
  type QueueIndex,
  type QueueSort,
} from './queue-model';
import { casesWithTerm, type QueuePhase } from './queue-store';

/**
 * While the queue is still reading the mirror, a search is answered from the Dexie index of
 * search terms, so a case is found before every row is in memory. Null once everything is.
 */
export function useEarlySearch(
  phase: QueuePhase,
  text: string,
  sort: QueueSort,
): QueueIndex | null {
  const [found, setFound] = useState<{ text: string; index: QueueIndex } | null>(null);
  const early = phase !== 'ready' && searchTokens(text).length > 0;
  useEffect(() => {
    if (!early) return;
    let current = true;
    const [first = ''] = searchTokens(text).sort((a, b) => b.length - a.length);
    void casesWithTerm(db, first).then((rows) => {
      if (current) setFound({ text, index: buildQueueIndex(sortCases(rows, sort)) });
    });
    return () => {
      current = false;
    };
  }, [early, text, sort]);
  return early && found?.text === text ? found.index : null;
}
