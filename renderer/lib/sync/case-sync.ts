import type { QueryClient } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { PushRequest } from '../../../shared/sync';
import { callApi } from '../api-client';
import { describeError, isApiError, OfflineError } from '../api-errors';
import { DATABASE_NAME, db } from '../db';
import { clearEndedSession, endsSession } from '../session-ended';
import { caseKeys, policyKeys, sessionKeys } from '../query-keys';
import type { LocalUser } from './local-effects';
import { storageFailure } from './storage-failure';
import { syncOnce, type SyncReport } from './sync-engine';
import { DETAILS_PER_RUN } from './working-set';
import { withSyncLock } from './sync-lock';
import { resetSyncStatus, updateSyncStatus } from './sync-status';

const BUSY_MESSAGE =
  'The case service is busy. Your actions are kept on this workstation and are sent again in a few seconds.';

const LIST_REFRESH_MS = 3000;
/** The wait after a busy answer that named none: about one round of the interval. */
const BUSY_WAIT_MS = 5000;

let running: Promise<void> | null = null;
let again = false;
let stopped = false;
let user: LocalUser | null = null;
let workingSetDue = true;
let listsRefreshedAt = 0;
/** Set while a busy service's wait runs: no round starts until it fires. */
let holdTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Keeps every round off the service for the wait it asked for, then starts one by itself:
 * the interval, a regained focus or a new action would otherwise push again at once and add
 * to the load that made it refuse.
 */
function holdOff(queryClient: QueryClient, asked: number): void {
  // At least a second: the round that was refused must have ended when the next one starts.
  const ms = Math.max(asked, 1000);
  if (holdTimer !== null) clearTimeout(holdTimer);
  holdTimer = setTimeout(() => {
    holdTimer = null;
    void syncCases(queryClient);
  }, ms);
}

function releaseHold(): void {
  if (holdTimer !== null) clearTimeout(holdTimer);
  holdTimer = null;
}

const api = {
  push: (body: PushRequest) => callApi(API.push, { body }),
  fetchPage: (cursor: string | undefined, limit: number) =>
    callApi(API.caseChanges, { query: { cursor, limit } }),
  fetchCase: (caseId: string) => callApi(API.getCase, { params: { caseId } }),
};

/** Invalidates exactly the queries whose data this run changed. */
export async function invalidateAfterSync(
  queryClient: QueryClient,
  report: SyncReport,
): Promise<void> {
  if (report.pull.policyChanged) {
    await queryClient.invalidateQueries({ queryKey: policyKeys.current() });
  }
  if (report.pull.reset) {
    await queryClient.invalidateQueries({ queryKey: caseKeys.all });
    return;
  }
  const ids = new Set([
    ...report.pull.changedIds,
    ...report.push.changedCaseIds,
    ...report.fetchedIds,
  ]);
  if (ids.size === 0) return;
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
    ...[...ids].map((id) => queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) })),
  ]);
}

async function runOnce(queryClient: QueryClient, current: LocalUser): Promise<void> {
  const report = await withSyncLock(DATABASE_NAME, () =>
    syncOnce(db, api, current, {
      cancelled: () => stopped,
      fullWorkingSet: workingSetDue,
      onProgress: (progress) => {
        const more = progress.remaining !== 0;
        updateSyncStatus({ progress: more ? progress : null });
        // During a long first sync the queue shows what has arrived so far, refreshed now
        // and then rather than per page: re-reading 100,000 rows takes most of a second.
        const now = Date.now();
        if (more && now - listsRefreshedAt > LIST_REFRESH_MS) {
          listsRefreshedAt = now;
          void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
        }
      },
    }),
  );
  workingSetDue = report.fetchedIds.length >= DETAILS_PER_RUN;
  updateSyncStatus({
    progress: null,
    blocked: report.push.blocked,
    storageFailure: null,
    failure: null,
  });
  await invalidateAfterSync(queryClient, report);
}

/**
 * Pushes the outbox and brings the mirror up to date. Calls made while a sync runs are folded
 * into one more run afterwards, so an action taken mid-sync is sent in the next round and
 * syncs never overlap in this window (the lock keeps other windows out).
 */
export function syncCases(queryClient: QueryClient): Promise<void> {
  if (stopped || user === null || holdTimer !== null) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  const current = user;
  running = (async () => {
    updateSyncStatus({ running: true });
    try {
      do {
        again = false;
        try {
          await runOnce(queryClient, current);
        } catch (error) {
          updateSyncStatus({ progress: null });
          // Offline is an expected state: the mirror serves reads, the outbox keeps actions.
          if (error instanceof OfflineError) return;
          if (endsSession(error)) {
            await clearEndedSession(db, error);
            queryClient.setQueryData(sessionKeys.current(), null);
            return;
          }
          if (
            isApiError(error, 'forbidden') ||
            isApiError(error, 'second_factor_enrolment_required')
          ) {
            // The user may no longer handle cases (an administrator changed the role), or the
            // new role needs a second factor first: the session is read again, and a role
            // without cases drops the mirror.
            await queryClient.invalidateQueries({ queryKey: sessionKeys.current() });
            updateSyncStatus({ failure: describeError(error) });
            return;
          }
          if (isApiError(error, 'busy')) {
            // Nothing of the push was done and the outbox keeps every action in its place; a
            // round after the wait the service asked for sends them again without the
            // reviewer doing anything.
            holdOff(queryClient, error.retryAfterMs ?? BUSY_WAIT_MS);
            updateSyncStatus({ failure: BUSY_MESSAGE });
            return;
          }
          const failure = storageFailure(error, 'sync');
          if (failure) {
            updateSyncStatus({ storageFailure: failure });
            return;
          }
          updateSyncStatus({ failure: describeError(error) });
          console.warn('Sync failed:', error);
          return;
        }
      } while (again && !stopped);
    } finally {
      running = null;
      updateSyncStatus({ running: false });
    }
  })();
  return running;
}

/** Allows syncing again, for the user who just signed in. */
export function startCaseSync(signedIn: LocalUser): void {
  stopped = false;
  user = signedIn;
  workingSetDue = true;
  releaseHold();
  resetSyncStatus();
}

/** Stops syncing and waits for a run in flight, so nothing is written after a wipe. */
export async function stopCaseSync(): Promise<void> {
  stopped = true;
  releaseHold();
  await running;
  user = null;
}

/** The signed-in user whose actions the outbox holds; reads fold their pending actions. */
export function syncUser(): LocalUser | null {
  return user;
}
