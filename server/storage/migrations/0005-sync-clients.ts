import type { Migration } from './migration';

export const syncClients: Migration = {
  version: 5,
  name: 'sync clients and their decided mutations',
  sql: /* sql */ `
    -- One row per workstation outbox. The row is locked while a pushed mutation is applied,
    -- and last_seq moves in the same transaction as the case change, which is what makes a
    -- replayed or duplicated push harmless.
    CREATE TABLE sync_clients (
      client_id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id),
      last_seq bigint NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );

    -- The decision on every pushed mutation, so a replay is answered with what happened the
    -- first time (applied, or refused and why) rather than a bare "already seen".
    CREATE TABLE sync_outcomes (
      client_id uuid NOT NULL REFERENCES sync_clients (client_id),
      seq bigint NOT NULL,
      status text NOT NULL CHECK (status IN ('applied', 'refused')),
      case_id uuid,
      error jsonb,
      decided_at timestamptz NOT NULL,
      PRIMARY KEY (client_id, seq),
      CHECK ((status = 'refused') = (error IS NOT NULL))
    );
  `,
};
