import type { CaseDetail } from '../../../shared/case-record';
import { isApiError } from '../api-errors';
import type { DeskDatabase } from '../db';
import type { LocalUser } from './local-effects';
import { pullCases, type FetchCasePage, type PullProgress, type PullResult } from './pull';
import { keepNewerServerCopy } from '../keep-newer-server-copy';
import { pushOutbox, type PushResult, type SendPush } from './push';
import { detailsToFetch } from './working-set';

export interface SyncApi {
  push: SendPush;
  fetchPage: FetchCasePage;
  fetchCase: (caseId: string) => Promise<CaseDetail>;
}

export interface SyncOptions {
  cancelled?: () => boolean;
  /**
   * Look over the whole working set even if this round changed nothing: on the first round
   * after start, and while an earlier round left full cases still to fetch. Otherwise only
   * changed cases are considered, which keeps the frequent rounds cheap at 100,000 cases.
   */
  fullWorkingSet?: boolean;
  onProgress?: (progress: PullProgress) => void;
  now?: () => Date;
}

export interface SyncReport {
  push: PushResult;
  pull: PullResult;
  /** Cases whose full copy was fetched in this run. */
  fetchedIds: string[];
}

/**
 * One round with the server: push the outbox first, so the pull that follows already carries
 * the server's answers; then pull every change since the cursor; then fetch the full cases
 * the user needs offline. Any step that fails throws, leaving what earlier steps stored.
 * Callers run it under the sync lock, one at a time per database.
 */
export async function syncOnce(
  database: DeskDatabase,
  api: SyncApi,
  user: LocalUser,
  options: SyncOptions = {},
): Promise<SyncReport> {
  const now = options.now ?? (() => new Date());
  const cancelled = options.cancelled ?? (() => false);
  const push = await pushOutbox(database, api.push, user, now);
  const pull = await pullCases(database, api.fetchPage, cancelled, options.onProgress);
  const fetchedIds: string[] = [];
  const changed = [...pull.changedIds, ...push.changedCaseIds];
  if (!cancelled() && (changed.length > 0 || (options.fullWorkingSet ?? true))) {
    const ids = await detailsToFetch(database, user, changed);
    for (const id of ids) {
      if (cancelled()) break;
      try {
        await keepNewerServerCopy(database, await api.fetchCase(id), now());
        fetchedIds.push(id);
      } catch (error) {
        // A case this user may no longer read is dropped from the working set, not retried.
        if (!isApiError(error, 'not_found') && !isApiError(error, 'forbidden')) throw error;
      }
    }
  }
  if (!cancelled()) {
    await database.meta.put({ key: 'lastSyncAt', value: now().toISOString() });
  }
  return { push, pull, fetchedIds };
}
