import type { QueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import { callApi } from '../api-client';
import { isApiError, OfflineError } from '../api-errors';
import { db } from '../db';
import { caseKeys, sessionKeys } from '../query-keys';
import { pullCases } from './pull';

const PAGE_LIMIT = 2000;

let running: Promise<void> | null = null;
let again = false;
let stopped = false;

async function pullAndInvalidate(queryClient: QueryClient): Promise<void> {
  const result = await pullCases(
    db,
    (cursor) => callApi(API.caseChanges, { query: { cursor, limit: PAGE_LIMIT } }),
    () => stopped,
  );
  if (result.reset || result.changedIds.length > 0) {
    await queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
  }
  if (result.reset) {
    await queryClient.invalidateQueries({ queryKey: caseKeys.details() });
    return;
  }
  await Promise.all(
    result.changedIds.map((id) => queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) })),
  );
}

/**
 * Brings the mirror up to date. Calls made while a pull runs are folded into one more pull
 * afterwards, so a change announced mid-pull is never missed and pulls never overlap.
 */
export function syncCases(queryClient: QueryClient): Promise<void> {
  if (stopped) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        try {
          await pullAndInvalidate(queryClient);
        } catch (error) {
          // Offline is an expected state: the mirror keeps serving reads until the next pull.
          if (error instanceof OfflineError) return;
          if (isApiError(error, 'unauthenticated')) {
            queryClient.setQueryData(sessionKeys.current(), null);
            return;
          }
          console.warn('Case sync failed:', error);
          return;
        }
      } while (again && !stopped);
    } finally {
      running = null;
    }
  })();
  return running;
}

/** Allows pulls again, for the user who just signed in. */
export function startCaseSync(): void {
  stopped = false;
}

/** Stops pulling and waits for a pull in flight, so nothing is written after a wipe. */
export async function stopCaseSync(): Promise<void> {
  stopped = true;
  await running;
}
