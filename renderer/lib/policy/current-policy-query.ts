import { queryOptions, useQuery } from '@tanstack/react-query';
import { API } from '../../../shared/api';
import type { PolicyRecord } from '../../../shared/policy-record';
import { callApi } from '../api-client';
import { OfflineError } from '../api-errors';
import { db, type DeskDatabase } from '../db';
import { policyKeys } from '../query-keys';

/**
 * The policy in force: from the service when it answers, stored for offline use; the stored
 * copy when it does not, so the engine keeps judging cases without a network.
 */
export async function loadCurrentPolicy(
  database: DeskDatabase,
  fetchPolicy: () => Promise<PolicyRecord>,
): Promise<PolicyRecord> {
  try {
    const record = await fetchPolicy();
    await database.policies.put({ key: 'current', record, storedAt: new Date().toISOString() });
    return record;
  } catch (error) {
    if (!(error instanceof OfflineError)) throw error;
    const stored = await database.policies.get('current');
    if (!stored) {
      throw new OfflineError(
        'You are offline and the policy has not been loaded on this workstation yet.',
      );
    }
    return stored.record;
  }
}

export function currentPolicyQuery() {
  return queryOptions({
    queryKey: policyKeys.current(),
    queryFn: () => loadCurrentPolicy(db, () => callApi(API.currentPolicy)),
  });
}

export function useCurrentPolicy() {
  return useQuery(currentPolicyQuery());
}
