import { SEED_AUTHORITY_DIRECTORY, SEED_POLICIES } from '../../../shared/policy/seed';
import type { Migration } from './migration';

/** JSON as a dollar-quoted SQL literal; the tag cannot occur in JSON text of these documents. */
function jsonLiteral(value: unknown): string {
  const text = JSON.stringify(value);
  if (text.includes('$seed$')) throw new Error('seed data contains the quoting tag');
  return `$seed$${text}$seed$::jsonb`;
}

function seedRows(): string {
  return SEED_POLICIES.map((policy, i) => {
    const basedOn = i === 0 ? 'NULL' : `'${SEED_POLICIES[i - 1]?.version ?? ''}'`;
    return `INSERT INTO policy_versions (version, effective_from, policy, authority_directory,
              based_on, created_by, created_at)
            VALUES ('${policy.version}', '${policy.effectiveFrom}', ${jsonLiteral(policy)},
              ${jsonLiteral(SEED_AUTHORITY_DIRECTORY)}, ${basedOn}, NULL, now());`;
  }).join('\n');
}

export const policyVersions: Migration = {
  version: 4,
  name: 'policy versions, verdicts frozen at sign-off, out-of-band verifications',
  sql: /* sql */ `
    -- Every edit is a new row; the newest row is the policy in force for new decisions.
    -- Rows are never changed, so a decided case can always be shown under its own version.
    CREATE TABLE policy_versions (
      id bigserial PRIMARY KEY,
      version text NOT NULL UNIQUE,
      effective_from date NOT NULL,
      policy jsonb NOT NULL CHECK (jsonb_typeof(policy) = 'object'),
      authority_directory jsonb NOT NULL CHECK (jsonb_typeof(authority_directory) = 'object'),
      based_on text REFERENCES policy_versions (version),
      created_by uuid REFERENCES users (id),
      created_at timestamptz NOT NULL,
      CHECK (policy ->> 'version' = version)
    );
    CREATE TRIGGER policy_versions_append_only BEFORE UPDATE OR DELETE ON policy_versions
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
    CREATE TRIGGER policy_versions_no_truncate BEFORE TRUNCATE ON policy_versions
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    ${seedRows()}

    -- Set at sign-off: the version and the engine's verdict the decision was taken under.
    ALTER TABLE cases
      ADD COLUMN policy_version text REFERENCES policy_versions (version),
      ADD COLUMN verdict jsonb,
      ADD CHECK ((policy_version IS NULL) = (verdict IS NULL));

    CREATE TABLE verifications (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases (id),
      called_by text NOT NULL,
      contact_name text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('phone', 'email')),
      contact_used text NOT NULL,
      verified_at timestamptz NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('confirmed', 'denied')),
      note text NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users (id),
      recorded_at timestamptz NOT NULL
    );
    CREATE INDEX verifications_by_case ON verifications (case_id, recorded_at);
    CREATE TRIGGER verifications_append_only BEFORE UPDATE OR DELETE ON verifications
      FOR EACH ROW EXECUTE FUNCTION refuse_change();
  `,
};
