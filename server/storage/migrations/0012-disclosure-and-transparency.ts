import { SERVICE_ROLE } from './0011-service-role';
import type { Migration } from './migration';

export const disclosureAndTransparency: Migration = {
  version: 12,
  name: 'subscriber lookups, disclosure packages, letters, deliveries and frozen report quarters',
  sql: /* sql */ `
    -- The demo subscriber directory: sample accounts standing in for the platform's own.
    CREATE TABLE demo_subscriber_accounts (
      account_id text PRIMARY KEY,
      user_id text UNIQUE,
      username text UNIQUE CHECK (username = lower(username)),
      phone_number text UNIQUE
    );
    CREATE TABLE demo_subscriber_ips (
      account_id text NOT NULL REFERENCES demo_subscriber_accounts (account_id),
      address text NOT NULL,
      seen_at timestamptz NOT NULL,
      PRIMARY KEY (account_id, seen_at, address)
    );

    -- What the directory answered for an approved case: the released values. Read only by
    -- the package routes; everything else sees the counts in summary.
    CREATE TABLE subscriber_lookups (
      case_id uuid PRIMARY KEY REFERENCES cases (id),
      looked_up_by uuid NOT NULL REFERENCES users (id),
      looked_up_at timestamptz NOT NULL,
      answers jsonb NOT NULL,
      counts jsonb NOT NULL
    );

    CREATE TABLE disclosure_packages (
      case_id uuid PRIMARY KEY REFERENCES subscriber_lookups (case_id),
      created_at timestamptz NOT NULL,
      language text NOT NULL,
      manifest bytea NOT NULL,
      manifest_sha256 text NOT NULL,
      letter bytea NOT NULL,
      letter_sha256 text NOT NULL
    );

    -- How the answer went out: a disclosure package, or a refusal.
    CREATE TABLE case_deliveries (
      case_id uuid PRIMARY KEY REFERENCES cases (id),
      kind text NOT NULL CHECK (kind IN ('disclosure', 'refusal')),
      channel text NOT NULL CHECK (channel IN ('portal', 'email', 'post', 'e_evidence_system')),
      delivered_at timestamptz NOT NULL,
      recipient text NOT NULL,
      sent_by uuid NOT NULL REFERENCES users (id),
      recorded_at timestamptz NOT NULL
    );
    CREATE INDEX case_deliveries_by_time ON case_deliveries (delivered_at);
    CREATE INDEX audit_events_refusals ON audit_events (at) WHERE action = 'case.recordRefusal';

    -- Letters sent to the authority besides the disclosure package: refusals.
    CREATE TABLE case_letters (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases (id),
      kind text NOT NULL CHECK (kind IN ('refusal')),
      language text NOT NULL,
      created_at timestamptz NOT NULL,
      created_by uuid NOT NULL REFERENCES users (id),
      content bytea NOT NULL,
      sha256 text NOT NULL
    );
    CREATE INDEX case_letters_by_case ON case_letters (case_id, created_at);

    -- A closed quarter of the transparency report (seq 1) and its dated amendments (2, 3, ...).
    CREATE TABLE transparency_quarters (
      period text NOT NULL CHECK (period ~ '^[0-9]{4}-Q[1-4]$'),
      seq integer NOT NULL CHECK (seq >= 1),
      kind text NOT NULL CHECK ((kind = 'freeze') = (seq = 1)),
      recorded_at timestamptz NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users (id),
      reason text,
      tally jsonb NOT NULL,
      sha256 text NOT NULL,
      PRIMARY KEY (period, seq)
    );

    CREATE TRIGGER subscriber_lookups_append_only BEFORE UPDATE OR DELETE ON subscriber_lookups
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER subscriber_lookups_no_truncate BEFORE TRUNCATE ON subscriber_lookups
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER disclosure_packages_append_only BEFORE UPDATE OR DELETE ON disclosure_packages
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER disclosure_packages_no_truncate BEFORE TRUNCATE ON disclosure_packages
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER case_deliveries_append_only BEFORE UPDATE OR DELETE ON case_deliveries
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER case_deliveries_no_truncate BEFORE TRUNCATE ON case_deliveries
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER case_letters_append_only BEFORE UPDATE OR DELETE ON case_letters
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER case_letters_no_truncate BEFORE TRUNCATE ON case_letters
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER transparency_quarters_append_only
      BEFORE UPDATE OR DELETE ON transparency_quarters
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER transparency_quarters_no_truncate BEFORE TRUNCATE ON transparency_quarters
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

    -- What was looked up, packaged, sent and frozen is evidence: the service may read and
    -- add it, never change it (the default privileges of 0011 would allow more).
    REVOKE ALL ON subscriber_lookups, disclosure_packages, case_deliveries, case_letters,
      transparency_quarters FROM ${SERVICE_ROLE};
    GRANT SELECT, INSERT ON subscriber_lookups, disclosure_packages, case_deliveries,
      case_letters, transparency_quarters TO ${SERVICE_ROLE};
  `,
};
