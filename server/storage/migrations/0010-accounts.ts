import type { Migration } from './migration';

export const accounts: Migration = {
  version: 10,
  name: 'enrolments, role grants, session addresses and order keys',
  sql: /* sql */ `
    -- An account made by an administrator has no password until its holder enrols.
    ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;

    -- One-time enrolment codes: only their SHA-256 is kept, so a copy of this table
    -- enrols no one. A new code for a user revokes the earlier ones.
    CREATE TABLE enrolments (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id),
      code_sha256 text NOT NULL UNIQUE,
      issued_by uuid NOT NULL REFERENCES users (id),
      issued_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      revoked_at timestamptz
    );
    CREATE INDEX enrolments_open_by_user ON enrolments (user_id)
      WHERE used_at IS NULL AND revoked_at IS NULL;

    -- Supervisor and administrator roles take effect only when a second administrator
    -- confirms the grant one administrator asked for.
    CREATE TABLE role_grants (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id),
      role text NOT NULL CHECK (role IN ('supervisor', 'admin')),
      requested_by uuid NOT NULL REFERENCES users (id),
      requested_at timestamptz NOT NULL,
      decided_by uuid REFERENCES users (id),
      decided_at timestamptz,
      outcome text CHECK (outcome IN ('confirmed', 'withdrawn')),
      CHECK ((decided_by IS NULL) = (outcome IS NULL))
    );
    CREATE UNIQUE INDEX role_grants_one_open_per_user ON role_grants (user_id)
      WHERE outcome IS NULL;

    -- Where a session was opened from, for the list of one's sessions.
    ALTER TABLE sessions ADD COLUMN client text;

    -- The same order with an invisible character or another dash in its reference is still
    -- the same order. Existing cases get the key when no earlier case already has it; a
    -- database not in UTF-8 cannot normalise, and keeps guarding its existing cases by the
    -- exact reference alone.
    ALTER TABLE cases ADD COLUMN order_key text;
    DO $$
    BEGIN
      IF current_setting('server_encoding') = 'UTF8' THEN
        UPDATE cases c SET order_key = k.order_key
          FROM (
            SELECT id, order_key,
                   row_number() OVER (PARTITION BY order_key ORDER BY created_at, id) AS nth
              FROM (
                SELECT id, created_at,
                       country || '|' || ${sqlKey('authority_name')} || '|' || ${sqlKey('reference')}
                         AS order_key
                  FROM cases
              ) keyed
          ) k
         WHERE c.id = k.id AND k.nth = 1;
      END IF;
    END $$;
    CREATE UNIQUE INDEX cases_by_order_key ON cases (order_key) WHERE order_key IS NOT NULL;

    -- An import writes its attachments before it takes the write order, ahead of the case
    -- row they belong to; the reference is checked when the transaction commits.
    ALTER TABLE documents ALTER CONSTRAINT documents_case_id_fkey DEFERRABLE INITIALLY DEFERRED;
  `,
};

/** The SQL twin of normaliseForComparison (shared/visible-text.ts), for earlier cases. */
export function sqlKey(column: string): string {
  const noInvisible = `regexp_replace(normalize(${column}, NFKC), '[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0]', '', 'g')`;
  const dashes = `regexp_replace(${noInvisible}, '[\\u2010-\\u2015\\u2212]', '-', 'g')`;
  // translate, not lower(): ASCII letters alone, whatever the database's locale.
  return `translate(btrim(regexp_replace(${dashes}, '\\s+', ' ', 'g')), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`;
}
