import { expect } from 'vitest';
import { PolicyRecord } from '../../shared/policy-record';
import type { PolicyVersion } from '../../shared/policy';
import type { TestClient } from './test-client';

export async function fetchCurrentPolicy(client: TestClient): Promise<PolicyRecord> {
  const response = await client.get('/api/policy');
  expect(response.status).toBe(200);
  return PolicyRecord.parse(response.body);
}

/** The current policy with France marked as not answered, saved by `admin` as `version`. */
export async function saveFranceNotAnswered(
  admin: TestClient,
  version: string,
): Promise<PolicyRecord> {
  const current = await fetchCurrentPolicy(admin);
  const policy: PolicyVersion = {
    ...current.policy,
    version,
    jurisdictions: current.policy.jurisdictions.map((j) =>
      j.country === 'FR'
        ? {
            status: 'not_answered',
            country: 'FR',
            id: j.id,
            reason: 'Suspended pending a review of the handling of press cases.',
            sources: [{ title: 'Legal team decision', date: '2026-03-01' }],
          }
        : j,
    ),
  };
  const response = await admin.post('/api/policy/versions', {
    basedOn: current.version,
    policy,
    authorityDirectory: current.authorityDirectory,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PolicyRecord.parse(response.body);
}
