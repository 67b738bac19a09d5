import type { Migration } from './migration';

export const secondFactor: Migration = {
  version: 13,
  name: 'second factor (TOTP) and recovery codes',
  sql: /* sql */ `
    -- One authenticator per user. The secret is sealed with a key kept outside the database,
    -- so a copy of this table yields no codes. A factor counts once its holder has confirmed
    -- a first code; last_step is the newest time step accepted, so a code is used only once.
    CREATE TABLE second_factors (
      user_id uuid PRIMARY KEY REFERENCES users (id),
      secret_sealed text NOT NULL,
      created_at timestamptz NOT NULL,
      confirmed_at timestamptz,
      last_step bigint NOT NULL DEFAULT 0
    );

    -- One-time recovery codes: only their SHA-256 is kept; each is spent once.
    CREATE TABLE recovery_codes (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id),
      code_sha256 text NOT NULL,
      issued_at timestamptz NOT NULL,
      used_at timestamptz
    );
    CREATE INDEX recovery_codes_unused_by_user ON recovery_codes (user_id) WHERE used_at IS NULL;
  `,
};
