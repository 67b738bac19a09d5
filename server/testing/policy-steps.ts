import { expect } from 'vitest';
import { PolicyProposal, PolicyRecord } from '../../shared/policy-record';
import type { PolicyVersion } from '../../shared/policy';
import { reauthenticate } from './case-steps';
import { type Team } from './test-app';
import type { TestClient } from './test-client';

/** The administrators who take part in publishing: one proposes, the other approves. */
export interface PolicyAdmins {
  admin: TestClient;
  admin2: TestClient;
}

/** The team's two administrators, both enrolled and signed in. */
export function policyAdmins(team: Team): Promise<PolicyAdmins> {
  return Promise.resolve({ admin: team.admin, admin2: team.admin2 });
}

/** The day the test clock starts on: the earliest a new version may apply from. */
export const TEST_DAY = '2026-03-02';

export async function fetchCurrentPolicy(client: TestClient): Promise<PolicyRecord> {
  const response = await client.get('/api/policy');
  expect(response.status).toBe(200);
  return PolicyRecord.parse(response.body);
}

/** The newest published version, in force or not: the one an edit is based on. */
export async function fetchLatestPolicy(client: TestClient): Promise<PolicyRecord> {
  const response = await client.get('/api/policy/versions');
  expect(response.status).toBe(200);
  const { versions } = response.body as { versions: { version: string }[] };
  const latest = versions.at(-1);
  if (!latest) throw new Error('no policy version');
  return PolicyRecord.parse((await client.get(`/api/policy/versions/${latest.version}`)).body);
}

/** `change` applied to the newest version, proposed by `proposer`, as the body the API takes. */
export async function policyEdit(
  proposer: TestClient,
  version: string,
  effectiveFrom: string,
  change: (policy: PolicyVersion) => PolicyVersion = (p) => p,
) {
  const latest = await fetchLatestPolicy(proposer);
  return {
    basedOn: latest.version,
    policy: change({ ...latest.policy, version, effectiveFrom }),
    authorityDirectory: latest.authorityDirectory,
  };
}

export async function propose(proposer: TestClient, body: unknown): Promise<PolicyProposal> {
  const response = await proposer.post('/api/policy/proposals', body);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PolicyProposal.parse(response.body);
}

/** Proposed by the first administrator, published by the second. */
export async function publishPolicy(team: PolicyAdmins, body: unknown): Promise<PolicyRecord> {
  const proposal = await propose(team.admin, body);
  await reauthenticate(team.admin2);
  const response = await team.admin2.post(`/api/policy/proposals/${proposal.id}/approve`, {});
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PolicyRecord.parse(response.body);
}

export function franceNotAnswered(policy: PolicyVersion): PolicyVersion {
  return {
    ...policy,
    jurisdictions: policy.jurisdictions.map((j) =>
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
}

/** The newest policy with France marked as not answered, published as `version`. */
export async function saveFranceNotAnswered(
  team: PolicyAdmins,
  version: string,
  effectiveFrom = TEST_DAY,
): Promise<PolicyRecord> {
  return publishPolicy(
    team,
    await policyEdit(team.admin, version, effectiveFrom, franceNotAnswered),
  );
}
