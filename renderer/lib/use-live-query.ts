import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/**
 * The value of a Dexie query, kept current as any window writes the tables it reads (Dexie
 * broadcasts changes between windows of the same origin).
 */
export function useLiveQuery<T>(query: () => Promise<T>, initial: T, deps: readonly unknown[]): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.warn('A live query failed:', error),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
