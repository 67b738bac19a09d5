import type { Migration } from './migration';

export const policyChangeFeed: Migration = {
  version: 6,
  name: 'policy versions in the change feed',
  sql: /* sql */ `
    -- A new policy version draws a number from the same counter as case changes, so the pull
    -- that brings a workstation's cases up to date brings the policy in force with them.
    -- Adding the column rewrites the table without firing the append-only trigger, numbering
    -- the versions already there.
    ALTER TABLE policy_versions
      ADD COLUMN change_seq bigint NOT NULL DEFAULT nextval('case_change_seq');
    CREATE UNIQUE INDEX policy_versions_by_change_seq ON policy_versions (change_seq);
  `,
};
