import type { Context } from 'hono';
import { ServiceError } from '../service-error';
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
