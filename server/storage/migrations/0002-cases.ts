import type { Migration } from './migration';

export const cases: Migration = {
  version: 2,
  name: 'cases, documents and disclosure records',
  sql: /* sql */ `
    -- Clients pull "everything changed since counter N"; every write to a case takes a new
    -- number, so the counter is also the order of the change feed.
    CREATE SEQUENCE case_change_seq;

    CREATE TABLE cases (
      id uuid PRIMARY KEY,
      reference text NOT NULL,
      status text NOT NULL CHECK (status IN ('received', 'in_review', 'awaiting_information',
        'signed_off', 'returned', 'approved', 'disclosed', 'refused', 'closed')),
      authority_name text NOT NULL,
      country text NOT NULL,
      received_at timestamptz NOT NULL,
      due_at timestamptz NOT NULL,
      emergency boolean NOT NULL,
      target_count integer NOT NULL,
      assignee_id uuid REFERENCES users (id),
      outcome text CHECK (outcome IN ('disclose', 'partial', 'refuse')),
      version integer NOT NULL DEFAULT 1,
      order_data jsonb NOT NULL,
      review jsonb NOT NULL,
      imported_by uuid REFERENCES users (id),
      signed_off_by uuid REFERENCES users (id),
      signed_off_at timestamptz,
      last_return_comment text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      change_seq bigint NOT NULL,
      CHECK ((signed_off_by IS NULL) = (signed_off_at IS NULL)),
      CHECK ((signed_off_by IS NULL) = (outcome IS NULL))
    );
    CREATE UNIQUE INDEX cases_by_change_seq ON cases (change_seq);
    -- The same order sent twice must not become two cases.
    CREATE UNIQUE INDEX cases_order_identity
      ON cases (lower(authority_name), country, lower(reference));

    -- Set by the database so that no write path can forget it.
    CREATE FUNCTION cases_take_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.change_seq := nextval('case_change_seq');
      RETURN NEW;
    END $$;
    CREATE TRIGGER cases_change_seq BEFORE INSERT OR UPDATE ON cases
      FOR EACH ROW EXECUTE FUNCTION cases_take_change_seq();

    CREATE TABLE documents (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases (id),
      name text NOT NULL,
      content_type text NOT NULL,
      size integer NOT NULL,
      sha256 text NOT NULL,
      content bytea NOT NULL,
      uploaded_at timestamptz NOT NULL
    );
    CREATE INDEX documents_by_case ON documents (case_id);

    -- What a supervisor approved: the subscriber lookup releases exactly these items.
    CREATE TABLE disclosure_records (
      case_id uuid PRIMARY KEY REFERENCES cases (id),
      approved_by uuid NOT NULL REFERENCES users (id),
      approved_at timestamptz NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('disclose', 'partial', 'refuse')),
      comment text,
      items jsonb NOT NULL
    );
    CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER disclosure_records_append_only
      BEFORE UPDATE OR DELETE ON disclosure_records
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER disclosure_records_no_truncate BEFORE TRUNCATE ON disclosure_records
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
  `,
};
