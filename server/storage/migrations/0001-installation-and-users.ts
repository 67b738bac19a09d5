import type { Migration } from './migration';

export const installationAndUsers: Migration = {
  version: 1,
  name: 'installation, users, sessions and login throttling',
  sql: /* sql */ `
    -- One row: identifies this database to clients, so a pull cursor from another
    -- database is recognised and the client resynchronises from scratch.
    CREATE TABLE installation (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      database_id uuid NOT NULL DEFAULT gen_random_uuid(),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    INSERT INTO installation DEFAULT VALUES;

    CREATE TABLE users (
      id uuid PRIMARY KEY,
      username text NOT NULL UNIQUE,
      display_name text NOT NULL,
      role text NOT NULL CHECK (role IN ('reviewer', 'supervisor', 'admin', 'auditor')),
      password_hash text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );

    -- Only a SHA-256 of the session token is stored: a copy of this table opens no session.
    CREATE TABLE sessions (
      id uuid PRIMARY KEY,
      token_sha256 text NOT NULL UNIQUE,
      user_id uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      reauthenticated_at timestamptz,
      ended_at timestamptz,
      ended_reason text
    );
    CREATE INDEX sessions_open_by_user ON sessions (user_id) WHERE ended_at IS NULL;

    -- Failed password checks, for throttling: kept in the database so that every instance
    -- of the service counts the same failures.
    CREATE TABLE login_failures (
      id bigserial PRIMARY KEY,
      username text NOT NULL,
      client text NOT NULL,
      at timestamptz NOT NULL
    );
    CREATE INDEX login_failures_by_username ON login_failures (username, at);
    CREATE INDEX login_failures_by_client ON login_failures (client, at);
  `,
};
