import type { Migration } from './migration';

export const policyContentDigest: Migration = {
  version: 22,
  name: 'a digest of each policy version’s content, so a parsed version can be kept in memory',
  sql: /* sql */ `
    -- Computed by the database from the stored documents themselves: a service that keeps a
    -- parsed copy under this digest holds exactly what the row holds, in whichever database.
    ALTER TABLE policy_versions
      ADD COLUMN content_sha256 bytea NOT NULL
        GENERATED ALWAYS AS (
          sha256(jsonb_send(policy) || '\\x00'::bytea || jsonb_send(authority_directory))
        ) STORED;
  `,
};
