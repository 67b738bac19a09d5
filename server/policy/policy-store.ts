import type {
  NewPolicyVersion,
  PolicyRecord,
  PolicyVersionSummary,
} from '../../shared/policy-record';
import { AuthorityDirectory, PolicyVersion } from '../../shared/policy';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';

interface PolicyRow {
  id: string;
  version: string;
  effective_from: string;
  created_at: Date;
  created_by_name: string | null;
  based_on: string | null;
  current: boolean;
}

interface PolicyRowWithData extends PolicyRow {
  policy: unknown;
  authority_directory: unknown;
}

const SUMMARY_COLUMNS = `p.id::text AS id, p.version, p.effective_from::text AS effective_from,
  p.created_at, u.display_name AS created_by_name, p.based_on,
  p.id = (SELECT max(id) FROM policy_versions) AS current`;
const FROM = 'policy_versions p LEFT JOIN users u ON u.id = p.created_by';

function toSummary(row: PolicyRow): PolicyVersionSummary {
  return {
    version: row.version,
    effectiveFrom: row.effective_from,
    createdAt: row.created_at.toISOString(),
    createdByName: row.created_by_name,
    basedOn: row.based_on,
    current: row.current,
  };
}

/** Stored documents are parsed again on the way out: a row is data, not a promise. */
function toRecord(row: PolicyRowWithData): PolicyRecord {
  return {
    ...toSummary(row),
    policy: PolicyVersion.parse(row.policy),
    authorityDirectory: AuthorityDirectory.parse(row.authority_directory),
  };
}

export async function listPolicyVersions(db: Queryable): Promise<PolicyVersionSummary[]> {
  const rows = await db.query<PolicyRow>(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM} ORDER BY p.id`);
  return rows.map(toSummary);
}

/** The version new decisions are taken under: the newest one. */
export async function currentPolicy(db: Queryable): Promise<PolicyRecord> {
  const [row] = await db.query<PolicyRowWithData>(
    `SELECT ${SUMMARY_COLUMNS}, p.policy, p.authority_directory FROM ${FROM}
      ORDER BY p.id DESC LIMIT 1`,
  );
  if (!row) throw new Error('the database holds no policy version');
  return toRecord(row);
}

export async function findPolicyVersion(
  db: Queryable,
  version: string,
): Promise<PolicyRecord | null> {
  const [row] = await db.query<PolicyRowWithData>(
    `SELECT ${SUMMARY_COLUMNS}, p.policy, p.authority_directory FROM ${FROM}
      WHERE p.version = $1`,
    [version],
  );
  return row ? toRecord(row) : null;
}

/** An admin's edit becomes a new version on top of the current one, audited. */
export function createPolicyVersion(
  db: Database,
  admin: AuthenticatedSession,
  input: NewPolicyVersion,
  now: Date,
): Promise<PolicyRecord> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const current = await currentPolicy(tx);
    if (input.basedOn !== current.version) {
      throw new ServiceError(
        'stale_version',
        `You edited policy version ${input.basedOn}, but version ${current.version} has been saved since. Reload the policy and make your edit again.`,
      );
    }
    const version = input.policy.version;
    if (await findPolicyVersion(tx, version)) {
      throw new ServiceError('duplicate', `Policy version ${version} already exists.`, [
        { path: 'policy.version', message: 'give the new version a label not used before' },
      ]);
    }
    await tx.query(
      `INSERT INTO policy_versions (version, effective_from, policy, authority_directory,
                                    based_on, created_by, created_at)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7)`,
      [
        version,
        input.policy.effectiveFrom,
        JSON.stringify(input.policy),
        JSON.stringify(input.authorityDirectory),
        current.version,
        admin.userId,
        now,
      ],
    );
    await appendAuditEvent(tx, {
      at: now,
      actorId: admin.userId,
      actor: admin.username,
      action: 'policy.create_version',
      caseId: null,
      details: { version, basedOn: current.version, effectiveFrom: input.policy.effectiveFrom },
    });
    const created = await findPolicyVersion(tx, version);
    if (!created) throw new Error('the new policy version vanished inside its transaction');
    return created;
  });
}
