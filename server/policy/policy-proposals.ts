import { randomUUID } from 'node:crypto';
import {
  AuthorityDirectory,
  PolicyVersion,
  policyChangesByEntry,
  policyDiff,
  type EntryChange,
  type PolicyChange,
} from '../../shared/policy';
import { formatDate } from '../../shared/policy/labels';
import type {
  NewPolicyVersion,
  PolicyProposal,
  PolicyRecord,
  ProposalDecision,
  ProposalRejection,
} from '../../shared/policy-record';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { JsonValue } from '../audit/canonical-json';
import { recentlyReauthenticated } from '../auth/session-lifetime';
import type { AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { displayNameAt } from '../users/names-then';
import { acquireWriteOrder } from '../storage/write-order';
import { currentPolicy, findPolicyVersion, latestPolicy, serviceDay } from './policy-store';

interface ProposalRow {
  id: string;
  version: string;
  effective_from: string;
  based_on: string;
  policy: unknown;
  authority_directory: unknown;
  proposed_by: string;
  proposed_by_name: string;
  proposed_at: Date;
  status: PolicyProposal['status'];
  decided_by_name: string | null;
  decided_at: Date | null;
  comment: string | null;
}

const PROPOSAL_SELECT = `SELECT p.id, p.version, p.effective_from::text AS effective_from,
    p.based_on, p.policy, p.authority_directory, p.proposed_by,
    ${displayNameAt('u', 'p.proposed_at')} AS proposed_by_name, p.proposed_at, p.status,
    ${displayNameAt('d', 'p.decided_at')} AS decided_by_name, p.decided_at, p.comment
  FROM policy_proposals p JOIN users u ON u.id = p.proposed_by
  LEFT JOIN users d ON d.id = p.decided_by`;

/** What publishing the edit changes, against the version it replaces. */
function changesAgainst(
  base: PolicyRecord | null,
  edit: { policy: unknown; authorityDirectory: unknown },
): PolicyChange[] {
  return policyDiff(
    base ? { policy: base.policy, authorityDirectory: base.authorityDirectory } : null,
    edit,
  );
}

/**
 * What publishing the proposal changes against the version in force at `inForce` time, entry
 * by entry: computed here from the stored documents, whatever a client has shown or sent.
 */
function changesFromInForce(inForce: PolicyRecord, row: ProposalRow): EntryChange[] {
  return policyChangesByEntry(inForce, {
    policy: PolicyVersion.parse(row.policy),
    authorityDirectory: AuthorityDirectory.parse(row.authority_directory),
  });
}

async function toProposal(
  db: Queryable,
  row: ProposalRow,
  inForce: PolicyRecord,
): Promise<PolicyProposal> {
  const base = await findPolicyVersion(db, row.based_on);
  return {
    id: row.id,
    version: row.version,
    effectiveFrom: row.effective_from,
    basedOn: row.based_on,
    proposedById: row.proposed_by,
    proposedByName: row.proposed_by_name,
    proposedAt: row.proposed_at.toISOString(),
    status: row.status,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
    comment: row.comment,
    changes: changesAgainst(base, {
      policy: row.policy,
      authorityDirectory: row.authority_directory,
    }),
    inForce: inForce.version,
    changesFromInForce: changesFromInForce(inForce, row),
  };
}

/** Refused unless the edit builds on the newest published version. */
function refuseStale(basedOn: string, latest: PolicyRecord): void {
  if (basedOn !== latest.version) {
    throw new ServiceError(
      'stale_version',
      `This edit was made to policy version ${basedOn}, but version ${latest.version} has been published since. Reload the policy and make the edit again.`,
    );
  }
}

/**
 * A version applies from a day still to come (or today), and never before the version it
 * replaces: saving a past date would silently change the rules for cases already in hand.
 */
function refuseEffectiveDate(effectiveFrom: string, latest: PolicyRecord, now: Date): void {
  const today = serviceDay(now);
  if (effectiveFrom < today) {
    throw new ServiceError(
      'validation',
      `A new version cannot apply from ${formatDate(effectiveFrom)}: that day has passed. Choose today or a later date.`,
      [{ path: 'policy.effectiveFrom', message: 'choose today or a later date' }],
    );
  }
  if (effectiveFrom < latest.effectiveFrom) {
    throw new ServiceError(
      'validation',
      `A new version cannot apply before the version it replaces, ${latest.version}, which applies from ${formatDate(latest.effectiveFrom)}.`,
      [
        {
          path: 'policy.effectiveFrom',
          message: `choose ${formatDate(latest.effectiveFrom)} or a later date`,
        },
      ],
    );
  }
}

function changesForAudit(changes: readonly PolicyChange[] | readonly EntryChange[]): JsonValue {
  return JSON.parse(JSON.stringify(changes)) as JsonValue;
}

/** An admin's edit, held as a proposal until a second admin publishes or rejects it. */
export function proposePolicyVersion(
  db: Database,
  admin: AuthenticatedSession,
  input: NewPolicyVersion,
  now: Date,
): Promise<PolicyProposal> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const latest = await latestPolicy(tx, now);
    refuseStale(input.basedOn, latest);
    refuseEffectiveDate(input.policy.effectiveFrom, latest, now);
    const version = input.policy.version;
    const [taken] = await tx.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM (
         SELECT version FROM policy_versions WHERE version = $1
         UNION ALL SELECT version FROM policy_proposals WHERE version = $1 AND status = 'pending'
       ) v`,
      [version],
    );
    if (Number(taken?.n ?? 0) > 0) {
      throw new ServiceError('duplicate', `Policy version ${version} already exists.`, [
        { path: 'policy.version', message: 'give the new version a label not used before' },
      ]);
    }
    const id = randomUUID();
    await tx.query(
      `INSERT INTO policy_proposals (id, version, effective_from, policy, authority_directory,
                                     based_on, proposed_by, proposed_at)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8)`,
      [
        id,
        version,
        input.policy.effectiveFrom,
        JSON.stringify(input.policy),
        JSON.stringify(input.authorityDirectory),
        latest.version,
        admin.userId,
        now,
      ],
    );
    const proposal = await findProposal(tx, id, now);
    await appendAuditEvent(tx, {
      at: now,
      actorId: admin.userId,
      actor: admin.username,
      action: 'policy.propose_version',
      caseId: null,
      details: {
        proposal: id,
        version,
        basedOn: latest.version,
        effectiveFrom: input.policy.effectiveFrom,
        proposedBy: admin.displayName,
        changes: changesForAudit(proposal.changes),
      },
    });
    return proposal;
  });
}

async function findProposal(db: Queryable, id: string, now: Date): Promise<PolicyProposal> {
  const row = await proposalRow(db, id, false);
  return toProposal(db, row, await currentPolicy(db, now));
}

async function proposalRow(db: Queryable, id: string, lock: boolean): Promise<ProposalRow> {
  const [row] = await db.query<ProposalRow>(
    `${PROPOSAL_SELECT} WHERE p.id::text = $1${lock ? ' FOR UPDATE OF p' : ''}`,
    [id],
  );
  if (!row) throw new ServiceError('not_found', 'There is no such policy proposal.');
  return row;
}

/** Pending proposals first, then the decided ones, newest first. */
export async function listPolicyProposals(db: Queryable, now: Date): Promise<PolicyProposal[]> {
  const rows = await db.query<ProposalRow>(
    `${PROPOSAL_SELECT} ORDER BY p.status = 'pending' DESC, p.proposed_at DESC LIMIT 100`,
  );
  const inForce = await currentPolicy(db, now);
  const proposals: PolicyProposal[] = [];
  for (const row of rows) proposals.push(await toProposal(db, row, inForce));
  return proposals;
}

function recordDecision(
  tx: Queryable,
  id: string,
  status: 'published' | 'rejected',
  admin: AuthenticatedSession,
  now: Date,
  comment: string | null,
): Promise<unknown> {
  return tx.query(
    `UPDATE policy_proposals SET status = $2, decided_by = $3, decided_at = $4, comment = $5
      WHERE id::text = $1`,
    [id, status, admin.userId, now, comment],
  );
}

function refuseDecided(row: ProposalRow): void {
  if (row.status !== 'pending') {
    throw new ServiceError(
      'invalid_transition',
      `Proposal ${row.version} was already ${row.status === 'published' ? 'published' : 'rejected'}.`,
    );
  }
}

/**
 * Four eyes on the rules: a second administrator — never the one who proposed it — publishes
 * the proposal as a new version, recorded with both names and what it changes.
 */
export function approvePolicyProposal(
  db: Database,
  admin: AuthenticatedSession,
  id: string,
  decision: ProposalDecision,
  now: Date,
): Promise<PolicyRecord> {
  // As for a sign-off: whoever sits at an unlocked workstation must not change the rules in
  // someone else's name.
  if (!recentlyReauthenticated(admin.reauthenticatedAt, now)) {
    throw new ServiceError('reauth_required', 'Enter your password again to publish this version.');
  }
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const row = await proposalRow(tx, id, true);
    refuseDecided(row);
    if (row.proposed_by === admin.userId) {
      throw new ServiceError(
        'four_eyes',
        'You proposed this version; another administrator must approve it.',
      );
    }
    const latest = await latestPolicy(tx, now);
    refuseStale(row.based_on, latest);
    refuseEffectiveDate(row.effective_from, latest, now);
    // Read before the new version is stored: the one it replaces is the one in force until now.
    const inForce = await currentPolicy(tx, now);
    const proposal = await toProposal(tx, row, inForce);
    const comment = decision.comment ? decision.comment : null;
    await tx.query(
      `INSERT INTO policy_versions (version, effective_from, policy, authority_directory,
                                    based_on, created_by, approved_by, created_at)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8)`,
      [
        row.version,
        row.effective_from,
        JSON.stringify(row.policy),
        JSON.stringify(row.authority_directory),
        row.based_on,
        row.proposed_by,
        admin.userId,
        now,
      ],
    );
    await recordDecision(tx, id, 'published', admin, now, comment);
    await appendAuditEvent(tx, {
      at: now,
      actorId: admin.userId,
      actor: admin.username,
      action: 'policy.publish_version',
      caseId: null,
      details: {
        proposal: id,
        version: row.version,
        basedOn: row.based_on,
        effectiveFrom: row.effective_from,
        proposedBy: row.proposed_by_name,
        approvedBy: admin.displayName,
        comment,
        changes: changesForAudit(proposal.changes),
        inForce: inForce.version,
        changesFromInForce: changesForAudit(proposal.changesFromInForce),
      },
    });
    const published = await findPolicyVersion(tx, row.version, now);
    if (!published) throw new Error('the published policy version vanished inside its transaction');
    return published;
  });
}

/** Any administrator may reject a proposal, its proposer included (a withdrawal). */
export function rejectPolicyProposal(
  db: Database,
  admin: AuthenticatedSession,
  id: string,
  rejection: ProposalRejection,
  now: Date,
): Promise<PolicyProposal> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const row = await proposalRow(tx, id, true);
    refuseDecided(row);
    await recordDecision(tx, id, 'rejected', admin, now, rejection.comment);
    await appendAuditEvent(tx, {
      at: now,
      actorId: admin.userId,
      actor: admin.username,
      action: 'policy.reject_version',
      caseId: null,
      details: {
        proposal: id,
        version: row.version,
        proposedBy: row.proposed_by_name,
        rejectedBy: admin.displayName,
        comment: rejection.comment,
      },
    });
    return findProposal(tx, id, now);
  });
}
