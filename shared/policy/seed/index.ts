import type { PolicyVersion } from '../policy-version';
import { POLICY_2018 } from './policy-2018';
import { POLICY_2024_09_23 } from './policy-2024-09-23';

export { SEED_AUTHORITY_DIRECTORY } from './authority-directory';
export { EU_MEMBER_STATE_CODES } from './eu-member-states';
export { POLICY_2018, POLICY_2024_09_23 };

/** The seed policy versions, oldest first. */
export const SEED_POLICIES: readonly PolicyVersion[] = [POLICY_2018, POLICY_2024_09_23];

/** The version in force today under the seed data. */
export const CURRENT_SEED_POLICY: PolicyVersion = POLICY_2024_09_23;
