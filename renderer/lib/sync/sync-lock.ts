/**
 * Runs `task` while holding the database's sync lock. Two windows of the same user share one
 * IndexedDB: the Web Locks API lets only one of them push and pull at a time. Where it is
 * missing, a lock inside this window still keeps its own syncs from overlapping; across
 * windows the server's seq check and the cursor check in each Dexie transaction keep the data
 * right, at the cost of some repeated work.
 */
let localTail: Promise<unknown> = Promise.resolve();

export function withSyncLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks && typeof locks.request === 'function') {
    return locks.request(`${name}:sync`, { mode: 'exclusive' }, task);
  }
  const run = localTail.then(task, task);
  localTail = run.catch(() => undefined);
  return run;
}
