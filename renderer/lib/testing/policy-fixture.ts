import type { PolicyRecord } from '../../../shared/policy-record';
import { CURRENT_SEED_POLICY, SEED_AUTHORITY_DIRECTORY } from '../../../shared/policy/seed';

/** The seed policy as the service hands it out on first start. */
export function seedPolicyRecord(overrides: Partial<PolicyRecord> = {}): PolicyRecord {
  return {
    version: CURRENT_SEED_POLICY.version,
    effectiveFrom: CURRENT_SEED_POLICY.effectiveFrom,
    createdAt: '2026-11-01T00:00:00.000Z',
    createdByName: null,
    approvedByName: null,
    basedOn: '2018',
    current: true,
    policy: CURRENT_SEED_POLICY,
    authorityDirectory: SEED_AUTHORITY_DIRECTORY,
    ...overrides,
  };
}
