import type { Migration } from './migration';

/** The role the case service's login role joins; migrations grant it what the service needs. */
export const SERVICE_ROLE = 'disclosure_desk_service';

/** Tables whose rows, once written, are evidence: the service may read and add, never change. */
const APPEND_ONLY = [
  'audit_events',
  'disclosure_records',
  'verifications',
  'policy_versions',
  'documents',
  'sync_outcomes',
];

export const serviceRole: Migration = {
  version: 11,
  name: 'a service role that cannot rewrite the audit trail',
  sql: /* sql */ `
    -- Cluster-wide and shared by every database of the cluster; created here unless the
    -- team's setup created it first (which an owner without CREATEROLE needs).
    DO $$
    BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${SERVICE_ROLE}') THEN
        CREATE ROLE ${SERVICE_ROLE} NOLOGIN;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      -- Another database of the cluster created it at the same moment.
      NULL;
    END $$;

    -- Tables from migrations this one does not know get ordinary read and write; every table
    -- known here is then narrowed to exactly what the service does with it. Only the owner
    -- can ALTER, DROP or TRUNCATE a table or disable its triggers: the service never can.
    GRANT USAGE ON SCHEMA public TO ${SERVICE_ROLE};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${SERVICE_ROLE};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${SERVICE_ROLE};
    REVOKE ALL ON ${APPEND_ONLY.join(', ')}, audit_chain_head, installation, schema_migrations,
      users, sessions, login_failures, cases, sync_clients FROM ${SERVICE_ROLE};

    GRANT SELECT, INSERT ON ${APPEND_ONLY.join(', ')} TO ${SERVICE_ROLE};
    -- Appending moves the head forward (its trigger refuses anything else) and locks it.
    GRANT SELECT, UPDATE ON audit_chain_head TO ${SERVICE_ROLE};
    GRANT SELECT ON installation, schema_migrations TO ${SERVICE_ROLE};
    GRANT SELECT, INSERT, UPDATE ON users, sessions, cases, sync_clients TO ${SERVICE_ROLE};
    -- Old failures are pruned: throttling only looks at the last minutes.
    GRANT SELECT, INSERT, DELETE ON login_failures TO ${SERVICE_ROLE};

    -- Tables later migrations create get ordinary read and write; a later migration that
    -- adds evidence narrows its own table as above.
    ALTER DEFAULT PRIVILEGES IN SCHEMA public
      GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${SERVICE_ROLE};
    ALTER DEFAULT PRIVILEGES IN SCHEMA public
      GRANT USAGE, SELECT ON SEQUENCES TO ${SERVICE_ROLE};
  `,
};
