import type { Migration } from './migration';

export const namesAsRecorded: Migration = {
  version: 26,
  name: 'the name each person acted under, and usernames that never change',
  sql: /* sql */ `
    -- Who acted is shown under the name they had then, found from the renames the chain
    -- records after the act (server/users/names-then.ts): one account's renames, in order.
    CREATE INDEX audit_events_renames ON audit_events ((details ->> 'userId'), id)
      WHERE action = 'user.update';

    -- The audit chain names whoever acted by username: an account whose username changed
    -- would disown its past acts, or take over another's.
    CREATE FUNCTION users_username_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'a username never changes: the audit trail names people by it'
        USING ERRCODE = 'integrity_constraint_violation';
    END $$;
    CREATE TRIGGER users_username_fixed BEFORE UPDATE OF username ON users
      FOR EACH ROW WHEN (OLD.username IS DISTINCT FROM NEW.username)
      EXECUTE FUNCTION users_username_fixed();
  `,
};
