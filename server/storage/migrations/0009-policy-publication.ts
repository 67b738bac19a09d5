import type { Migration } from './migration';

export const policyPublication: Migration = {
  version: 9,
  name: 'policy versions proposed by one administrator and published by another',
  sql: /* sql */ `
    -- Who approved the publication of a version. Seeded versions have neither proposer nor
    -- approver; every later one has both, and they are two different accounts.
    -- Adding a column without a default changes no row, so the append-only trigger is not fired.
    ALTER TABLE policy_versions
      ADD COLUMN approved_by uuid REFERENCES users (id),
      ADD CONSTRAINT policy_versions_four_eyes CHECK (
        (created_by IS NULL AND approved_by IS NULL)
        OR (created_by IS NOT NULL AND approved_by IS NOT NULL AND approved_by <> created_by)
      ) NOT VALID;

    -- An edit waits here until a second administrator publishes or rejects it. It never enters
    -- policy_versions (and so never the change feed) before it is published.
    CREATE TABLE policy_proposals (
      id uuid PRIMARY KEY,
      version text NOT NULL,
      effective_from date NOT NULL,
      policy jsonb NOT NULL CHECK (jsonb_typeof(policy) = 'object'),
      authority_directory jsonb NOT NULL CHECK (jsonb_typeof(authority_directory) = 'object'),
      based_on text NOT NULL REFERENCES policy_versions (version),
      proposed_by uuid NOT NULL REFERENCES users (id),
      proposed_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'published', 'rejected')),
      decided_by uuid REFERENCES users (id),
      decided_at timestamptz,
      comment text,
      CHECK (policy ->> 'version' = version),
      CHECK ((status = 'pending') = (decided_by IS NULL AND decided_at IS NULL)),
      CHECK (status <> 'published' OR decided_by <> proposed_by)
    );
    -- One open proposal per label; a rejected label may be proposed again.
    CREATE UNIQUE INDEX policy_proposals_open_version ON policy_proposals (version)
      WHERE status <> 'rejected';
    CREATE INDEX policy_proposals_by_time ON policy_proposals (proposed_at);
  `,
};
