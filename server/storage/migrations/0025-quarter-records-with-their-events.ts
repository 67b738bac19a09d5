import type { Migration } from './migration';

export const quarterRecordsWithTheirEvents: Migration = {
  version: 25,
  name: 'the record of a closed quarter is written only with the event that records it',
  sql: /* sql */ `
    -- The service may add the records of closed quarters, but a record added on its own would
    -- change the published figures with nothing in the audit trail to say so. Checked at
    -- commit, so the record and its event may be written in either order; the event must be
    -- one of this transaction's, still unsealed, so an old event cannot vouch for a new record.
    CREATE FUNCTION refuse_quarter_record_without_event() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT EXISTS (
        SELECT FROM audit_events
         WHERE hash IS NULL
           AND action = CASE NEW.kind WHEN 'freeze' THEN 'report.closeQuarter'
                                      ELSE 'report.amendQuarter' END
           AND details->>'period' = NEW.period
           AND details->>'sha256' = NEW.sha256
           AND at = NEW.recorded_at
           AND actor_id = NEW.recorded_by
      ) THEN
        RAISE EXCEPTION 'a record of % without the audit event that records it is not allowed',
          NEW.period USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NULL;
    END $$;
    CREATE CONSTRAINT TRIGGER transparency_quarters_with_event
      AFTER INSERT ON transparency_quarters DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION refuse_quarter_record_without_event();
  `,
};
