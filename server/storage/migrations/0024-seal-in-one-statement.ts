import type { Migration } from './migration';

export const sealInOneStatement: Migration = {
  version: 24,
  name: 'a seal pass writes its hashes and moves the chain head in one statement',
  sql: /* sql */ `
    -- One round trip for what took two: the hashes of a pass's events, then the head moved
    -- to the last of them. The events go first: the append-only trigger lets an event be
    -- sealed only while its id is above the head. Runs with the caller's rights, so it can
    -- do nothing the caller could not do in two statements; it refuses a pass that would
    -- leave an unsealed event at or below the head, where it could never be sealed.
    CREATE FUNCTION seal_audit_events(seals jsonb) RETURNS integer
    LANGUAGE plpgsql AS $$
    DECLARE
      wanted integer := jsonb_array_length(seals);
      sealed integer;
      new_head record;
    BEGIN
      IF wanted = 0 THEN
        RAISE EXCEPTION 'a seal pass names no audit event';
      END IF;
      UPDATE audit_events e SET prev_hash = s.prev_hash, hash = s.hash
        FROM jsonb_to_recordset(seals) AS s(id bigint, prev_hash text, hash text)
       WHERE e.id = s.id AND e.hash IS NULL;
      GET DIAGNOSTICS sealed = ROW_COUNT;
      IF sealed <> wanted THEN
        RAISE EXCEPTION 'a seal pass named % audit events but only % could be sealed', wanted, sealed;
      END IF;
      SELECT s.id, s.hash INTO new_head
        FROM jsonb_to_recordset(seals) AS s(id bigint, hash text)
       ORDER BY s.id DESC LIMIT 1;
      UPDATE audit_chain_head SET last_id = new_head.id, last_hash = new_head.hash;
      IF EXISTS (SELECT 1 FROM audit_events WHERE hash IS NULL AND id <= new_head.id) THEN
        RAISE EXCEPTION 'a seal pass would leave an unsealed audit event behind the head';
      END IF;
      RETURN sealed;
    END $$;
  `,
};
