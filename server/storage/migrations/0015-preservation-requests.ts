import type { Migration } from './migration';

export const preservationRequests: Migration = {
  version: 15,
  name: 'preservation requests: kind of case, extension and link to the production order',
  sql: /* sql */ `
    ALTER TABLE cases
      ADD COLUMN kind text NOT NULL DEFAULT 'production'
        CHECK (kind IN ('production', 'preservation')),
      ADD COLUMN preservation_extended_at timestamptz,
      ADD COLUMN preservation_extended_by uuid REFERENCES users (id),
      -- A preservation and the production order that followed it point at each other.
      ADD COLUMN linked_case_id uuid REFERENCES cases (id),
      ADD CONSTRAINT cases_extension_only_on_preservation
        CHECK (kind = 'preservation' OR preservation_extended_at IS NULL),
      ADD CONSTRAINT cases_extension_by_whom
        CHECK ((preservation_extended_at IS NULL) = (preservation_extended_by IS NULL)),
      ADD CONSTRAINT cases_not_linked_to_itself CHECK (linked_case_id <> id);

    UPDATE cases SET kind = 'preservation' WHERE order_data->>'kind' = 'preservation';

    -- Whatever path a write takes, nothing is approved for release from a preservation request.
    CREATE FUNCTION refuse_release_from_preservation() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT FROM cases WHERE id = NEW.case_id AND kind = 'preservation') THEN
        RAISE EXCEPTION 'nothing is released from a preservation request'
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER disclosure_records_not_from_preservation
      BEFORE INSERT ON disclosure_records
      FOR EACH ROW EXECUTE FUNCTION refuse_release_from_preservation();
  `,
};
