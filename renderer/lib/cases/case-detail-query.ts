import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect } from 'react';
import { API } from '../../../shared/api';
import type { CaseDetail } from '../../../shared/case-record';
import { callApi } from '../api-client';
import { OfflineError } from '../api-errors';
import { db, type DeskDatabase } from '../db';
import { keepNewerServerCopy } from '../keep-newer-server-copy';
import { caseKeys } from '../query-keys';
import { touchesCase } from '../stored-changes';
import { syncUser } from '../sync/case-sync';
import { withPendingDetail, type LocalUser } from '../sync/local-effects';
import type { QueuedMutation } from '../sync/outbox-records';

export interface LoadedCase {
  /** The server copy with this user's pending actions folded over it. */
  detail: CaseDetail;
  storedAt: string;
  /** This user's actions on the case the server has not yet decided, oldest first. */
  pending: QueuedMutation[];
}

/**
 * Reads the case from the mirror. The server is asked only when the mirror holds no copy or
 * an older one than the queue row (the sync loop normally keeps it current); offline, the
 * stored copy serves.
 */
export async function loadCase(
  database: DeskDatabase,
  caseId: string,
  fetchDetail: (caseId: string) => Promise<CaseDetail>,
  user: LocalUser | null = null,
): Promise<LoadedCase> {
  const [copy, summary] = await Promise.all([
    database.details.get(caseId),
    database.summaries.get(caseId),
  ]);
  let base: { detail: CaseDetail; storedAt: string };
  if (copy && (!summary || summary.version <= copy.detail.version)) {
    base = { detail: copy.detail, storedAt: copy.storedAt };
  } else {
    try {
      // Another tab may have stored a newer copy while this fetch was under way: that one
      // is kept and shown.
      base = await keepNewerServerCopy(database, await fetchDetail(caseId), new Date());
    } catch (error) {
      if (!(error instanceof OfflineError)) throw error;
      if (!copy) {
        throw new OfflineError(
          'You are offline and this case has not been opened on this workstation before.',
        );
      }
      base = { detail: copy.detail, storedAt: copy.storedAt };
    }
  }
  const pending = await database.outbox.where('caseId').equals(caseId).sortBy('seq');
  return {
    detail: user ? withPendingDetail(base.detail, pending, user) : base.detail,
    storedAt: base.storedAt,
    pending,
  };
}

export function caseDetailQuery(caseId: string) {
  return queryOptions({
    queryKey: caseKeys.detail(caseId),
    queryFn: () =>
      loadCase(db, caseId, (id) => callApi(API.getCase, { params: { caseId: id } }), syncUser()),
  });
}

/**
 * The case as stored here, read again whenever any window writes its copy or the outbox.
 * Tabs share one mirror and one outbox but not their query caches: without this, a tab whose
 * actions another tab sent and whose changes another tab pulled would keep showing the case
 * as it last read it.
 */
export function useCaseDetail(caseId: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const onMutated = (parts: ObservabilitySet) => {
      if (touchesCase(db, parts, caseId)) {
        void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      }
    };
    Dexie.on('storagemutated', onMutated);
    return () => Dexie.on('storagemutated').unsubscribe(onMutated);
  }, [caseId, queryClient]);
  return useQuery(caseDetailQuery(caseId));
}
