import { AUDIT_INTENT_SPACE, FEED_INTENT_SPACE } from './0016-parallel-writes';
import type { Migration } from './migration';

export const policyDigestAndWriteOrder: Migration = {
  version: 22,
  name: 'a digest of each policy version’s content; the write order and intents in one call',
  sql: /* sql */ `
    -- Computed by the database from the stored documents themselves: a service that keeps a
    -- parsed copy under this digest holds exactly what the row holds, in whichever database.
    ALTER TABLE policy_versions
      ADD COLUMN content_sha256 bytea NOT NULL
        GENERATED ALWAYS AS (
          sha256(jsonb_send(policy) || '\\x00'::bytea || jsonb_send(authority_directory))
        ) STORED;

    -- What a writer does first, in one round trip instead of two: the write-order lock
    -- (shared for a writer of one case, exclusive for every other writer), then the
    -- transaction's write intents for the change feed and the audit chain, in that order.
    CREATE FUNCTION take_write_order(lock_key bigint, exclusive boolean) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
      IF exclusive THEN
        PERFORM pg_advisory_xact_lock(lock_key);
      ELSE
        PERFORM pg_advisory_xact_lock_shared(lock_key);
      END IF;
      PERFORM announce_write('case_change_seq', ${FEED_INTENT_SPACE});
      PERFORM announce_write('audit_events_id_seq', ${AUDIT_INTENT_SPACE});
    END $$;
  `,
};
