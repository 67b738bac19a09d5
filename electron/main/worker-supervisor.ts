import { WorkerGone, type WorkerClient } from './worker-client';

export interface RestartPolicy {
  /** Restarts allowed within `windowMs`; past that, the service stays down until relaunch. */
  maxRestarts: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { maxRestarts: 3, windowMs: 60_000 };

/**
 * Whether a worker that stopped may be started again, given when earlier restarts happened.
 * A worker that keeps stopping (a corrupt database, a bug on start) is left down rather
 * than restarted in a loop.
 */
export function mayRestart(restartsAt: readonly number[], now: number, policy: RestartPolicy) {
  return restartsAt.filter((at) => now - at < policy.windowMs).length < policy.maxRestarts;
}

export interface SupervisedService {
  fetch(request: Request): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Keeps one worker running the service. A worker that crashed fails only the requests it
 * held (main answers those as "did not answer"); the next request starts a new one, within
 * the restart policy. Writes are never replayed: a push the worker held either committed its
 * mutations (each in its own transaction) or did not, and the workstation pushes again.
 */
export async function superviseWorker(
  start: () => WorkerClient,
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
  now: () => number = Date.now,
): Promise<SupervisedService> {
  let current = start();
  await current.ready;
  const restartsAt: number[] = [];
  let restarting: Promise<WorkerClient> | null = null;
  let closed = false;

  async function running(): Promise<WorkerClient> {
    if (closed) throw new WorkerGone('the app is closing');
    if (current.alive()) return current;
    restarting ??= (async () => {
      try {
        if (!mayRestart(restartsAt, now(), policy)) {
          throw new WorkerGone('it stopped too often and was not started again');
        }
        restartsAt.push(now());
        console.error('the case service stopped; starting it again');
        const next = start();
        current = next;
        await next.ready;
        return next;
      } finally {
        restarting = null;
      }
    })();
    return restarting;
  }

  return {
    fetch: async (request) => (await running()).fetch(request),
    close: async () => {
      closed = true;
      await restarting?.catch(() => undefined);
      await current.close();
    },
  };
}
