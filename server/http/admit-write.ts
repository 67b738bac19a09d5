import type { Context } from 'hono';
import { ServiceError } from '../service-error';
import type { InTurn } from '../sync/push-mutations';
import type { AppDeps, AppEnv } from './app-env';
import { WriteAdmissionRefused } from './write-admission';

/**
 * Runs a case mutation in its turn at this process's write gate. A mutation whose wait would
 * be too long is refused with 503 and Retry-After before anything of it is done: a workstation's
 * outbox keeps it, in its place, and pushes it again.
 */
export async function admitWrite<T>(
  c: Context<AppEnv>,
  deps: AppDeps,
  task: (leave: () => void) => Promise<T>,
): Promise<T> {
  try {
    return await deps.writeAdmission.run(task);
  } catch (error) {
    if (!(error instanceof WriteAdmissionRefused)) throw error;
    const seconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
    c.header('Retry-After', String(seconds));
    throw new ServiceError(
      'busy',
      `The case service has too many changes waiting to take this one now; nothing of it was done. Try again in ${seconds} seconds.`,
    );
  }
}

/**
 * The turns of a push admitted by admitWrite: its first action runs in the turn it was
 * admitted with, which it gives up at that action's end; every later action waits a turn of
 * its own behind whatever arrived meanwhile, and is never refused, since the push is under
 * way. A long push after a day offline then shares the gate with single mutations instead of
 * holding a turn for all of its actions.
 */
export function turnPerAction(deps: AppDeps, leave: () => void): InTurn {
  let admitted = true;
  return async (action) => {
    if (!admitted) return deps.writeAdmission.run(() => action(), { mayRefuse: false });
    admitted = false;
    try {
      return await action();
    } finally {
      leave();
    }
  };
}
