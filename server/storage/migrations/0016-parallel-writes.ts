import { SERVICE_ROLE } from './0011-service-role';
import type { Migration } from './migration';

/**
 * Lock spaces of the write intents (the first key of a two-key advisory lock). A value v of a
 * counter is held as (space + v / 2^31, v mod 2^31); each space covers 300 million keys, so
 * counters up to about 6 * 10^17.
 */
export const FEED_INTENT_SPACE = 1_500_000_000;
export const AUDIT_INTENT_SPACE = 1_800_000_000;
const SPACE_WIDTH = 300_000_000;

export const parallelWrites: Migration = {
  version: 16,
  name: 'writers in parallel: write intents, a change-feed watermark and a sealed audit chain',
  sql: /* sql */ `
    -- A writing transaction announces itself before it draws its first number from a
    -- counter: it holds a shared advisory lock keyed on the counter's last value (its intent)
    -- until it ends. Every number it draws afterwards is higher; the intent draws nothing,
    -- so numbers stay as dense as before. Readers of the counter use
    -- committed_through() to find the highest number below which nothing can still commit.
    CREATE FUNCTION announce_write(counter regclass, space integer) RETURNS void
    LANGUAGE plpgsql AS $$
    DECLARE
      flag text := 'disclosure_desk.write_intent_' || space;
      intent bigint;
    BEGIN
      IF coalesce(current_setting(flag, true), '') = '' THEN
        intent := coalesce(pg_sequence_last_value(counter), 0);
        PERFORM pg_advisory_xact_lock_shared(space + (intent >> 31)::integer,
                                             (intent & 2147483647)::integer);
        PERFORM set_config(flag, intent::text, true);
      END IF;
    END $$;

    CREATE FUNCTION next_in_write_order(counter regclass, space integer) RETURNS bigint
    LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM announce_write(counter, space);
      RETURN nextval(counter);
    END $$;

    -- The highest number n of the counter such that every number up to n drawn by a
    -- transaction that will ever commit is committed now. Read the counter first, then the
    -- intents: a number drawn before the first read belongs to a transaction that held its
    -- intent before drawing it, so the second read still sees that intent unless the
    -- transaction has ended, and PostgreSQL releases locks only after a commit is visible.
    -- A transaction still holding intent i draws only numbers above i. A snapshot taken
    -- after this call therefore sees every change numbered up to n. (The counters must keep
    -- the default CACHE 1, so that numbers are handed out in order across sessions.)
    CREATE FUNCTION committed_through(counter regclass, space integer) RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS $$
    DECLARE
      drawn bigint;
      pending bigint;
    BEGIN
      drawn := coalesce(pg_sequence_last_value(counter), 0);
      SELECT min((l.classid::bigint - space) * 2147483648 + l.objid::bigint) INTO pending
        FROM pg_locks l
       WHERE l.locktype = 'advisory' AND l.objsubid = 2
         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND l.classid::bigint >= space AND l.classid::bigint < space + ${SPACE_WIDTH};
      RETURN CASE WHEN pending IS NULL THEN drawn ELSE least(drawn, pending) END;
    END $$;

    -- Case changes and policy versions draw their place in the change feed through an intent.
    CREATE FUNCTION take_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.change_seq := next_in_write_order('case_change_seq', ${FEED_INTENT_SPACE});
      RETURN NEW;
    END $$;
    DROP TRIGGER cases_change_seq ON cases;
    DROP FUNCTION cases_take_change_seq();
    CREATE TRIGGER cases_change_seq BEFORE INSERT OR UPDATE ON cases
      FOR EACH ROW EXECUTE FUNCTION take_change_seq();
    ALTER TABLE policy_versions ALTER COLUMN change_seq DROP DEFAULT;
    CREATE TRIGGER policy_versions_change_seq BEFORE INSERT ON policy_versions
      FOR EACH ROW EXECUTE FUNCTION take_change_seq();

    -- Audit events are recorded unsealed in the business transaction and sealed into the
    -- hash chain afterwards, in id order, by one sealer at a time. Sealing fills the two
    -- hash columns once; nothing else of an event can change, sealed or not.
    ALTER TABLE audit_events
      ALTER COLUMN id SET DEFAULT next_in_write_order('audit_events_id_seq', ${AUDIT_INTENT_SPACE}),
      ALTER COLUMN prev_hash DROP NOT NULL,
      ALTER COLUMN hash DROP NOT NULL,
      ADD CONSTRAINT audit_events_sealed_whole CHECK ((prev_hash IS NULL) = (hash IS NULL));
    CREATE INDEX audit_events_unsealed ON audit_events (id) WHERE hash IS NULL;

    CREATE FUNCTION audit_events_seal_once() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
         AND NEW.id = OLD.id AND NEW.at = OLD.at
         AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id AND NEW.actor = OLD.actor
         AND NEW.action = OLD.action AND NEW.case_id IS NOT DISTINCT FROM OLD.case_id
         AND NEW.details = OLD.details
         AND OLD.id > (SELECT last_id FROM audit_chain_head) THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END $$;
    DROP TRIGGER audit_events_append_only ON audit_events;
    CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_seal_once();

    -- The sealer runs as the service: it may fill in the two hash columns, nothing more.
    GRANT UPDATE (prev_hash, hash) ON audit_events TO ${SERVICE_ROLE};
  `,
};
