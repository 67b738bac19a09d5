import { queryOptions, useQuery } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { CaseDetail } from '../../../shared/case-record';
import { callApi } from '../api-client';
import { OfflineError } from '../api-errors';
import { db, storeCaseDetail, type DeskDatabase } from '../db';
import { caseKeys } from '../query-keys';

export interface LoadedCase {
  detail: CaseDetail;
  /** `cache` when the service was unreachable and the workstation's copy is shown. */
  source: 'network' | 'cache';
  storedAt: string;
}

export async function loadCase(
  database: DeskDatabase,
  caseId: string,
  fetchDetail: (caseId: string) => Promise<CaseDetail>,
): Promise<LoadedCase> {
  try {
    const detail = await fetchDetail(caseId);
    const stored = await storeCaseDetail(database, detail);
    return { detail, source: 'network', storedAt: stored.storedAt };
  } catch (error) {
    if (!(error instanceof OfflineError)) throw error;
    const copy = await database.details.get(caseId);
    if (!copy) {
      throw new OfflineError(
        'You are offline and this case has not been opened on this workstation before.',
      );
    }
    return { detail: copy.detail, source: 'cache', storedAt: copy.storedAt };
  }
}

export function caseDetailQuery(caseId: string) {
  return queryOptions({
    queryKey: caseKeys.detail(caseId),
    queryFn: () => loadCase(db, caseId, (id) => callApi(API.getCase, { params: { caseId: id } })),
  });
}

export function useCaseDetail(caseId: string) {
  return useQuery(caseDetailQuery(caseId));
}
