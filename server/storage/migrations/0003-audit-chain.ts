import type { Migration } from './migration';

export const auditChain: Migration = {
  version: 3,
  name: 'hash-chained audit events',
  sql: /* sql */ `
    -- The newest link of the chain. Appending locks this row, which serialises appends
    -- across every instance of the service sharing the database.
    CREATE TABLE audit_chain_head (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      last_id bigint NOT NULL,
      last_hash text NOT NULL
    );
    INSERT INTO audit_chain_head (last_id, last_hash) VALUES (0, repeat('0', 64));

    CREATE TABLE audit_events (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_id uuid,
      actor text NOT NULL,
      action text NOT NULL,
      case_id uuid REFERENCES cases (id),
      details jsonb NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL UNIQUE
    );
    CREATE INDEX audit_events_by_case ON audit_events (case_id, id) WHERE case_id IS NOT NULL;

    CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

    -- The head only ever moves forward and never disappears.
    CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'UPDATE' OR NEW.last_id <= OLD.last_id THEN
        RAISE EXCEPTION 'the audit chain head only moves forward'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE OR DELETE ON audit_chain_head
      FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();
    CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
  `,
};
