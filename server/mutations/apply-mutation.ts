import { kindAllows, transition } from '../../shared/case-lifecycle';
import { ownershipRefusal } from '../../shared/case-ownership';
import type { CaseDetail } from '../../shared/case-record';
import {
  MUTATION_ACTIONS,
  REAUTH_MUTATIONS,
  type MutationArgs,
  type MutationName,
} from '../../shared/mutations';
import { nameWithUsername } from '../../shared/users';
import { appendAuditEventWith, type Change } from '../audit/append-audit-event';
import { recentlyReauthenticated } from '../auth/session-lifetime';
import { sessionAsOfNow, type AuthenticatedSession } from '../auth/sessions';
import { loadCaseDetail, findCase } from '../cases/case-detail';
import { caseAuditEvents, toCaseHistory } from '../cases/case-history';
import type { CaseRow } from '../cases/case-rows';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireCaseWriteOrder } from '../storage/write-order';
import { MUTATION_HANDLERS, type CaseChange, type MutationHandler } from './mutation-handlers';

export interface MutationRequestOf<N extends MutationName> {
  name: N;
  args: MutationArgs<N>;
}

/**
 * Applies one named mutation in one transaction: lock the case, check the version the user
 * acted on, ask the lifecycle, run the step's own rules, write, audit, and answer with the
 * case as this user now sees it. Any refusal rolls everything back.
 */
export function applyMutation<N extends MutationName>(
  db: Database,
  actor: AuthenticatedSession,
  request: MutationRequestOf<N>,
  now: Date,
  onCommit?: () => void,
): Promise<CaseDetail> {
  return db.transaction(async (tx) => {
    // Registered first, so it runs before the audit seal the mutation then waits for.
    if (onCommit) tx.afterCommit?.(async () => onCommit());
    return applyMutationIn(tx, await actorAsOfNow(tx, actor), request, now);
  });
}

/**
 * Who acts is who the person is now, not when their request arrived: it may have waited for
 * its turn, or behind earlier actions of its push, while an administrator changed their
 * role, account or sessions. Read once the write order is held, which every such change
 * takes exclusively, so it stays true until the action commits.
 */
export async function actorAsOfNow(
  tx: Queryable,
  authenticated: AuthenticatedSession,
): Promise<AuthenticatedSession> {
  await acquireCaseWriteOrder(tx);
  return sessionAsOfNow(tx, authenticated);
}

/**
 * The same, inside a transaction the caller owns: the outbox push records the client's
 * sequence number in that transaction too, so the change and its receipt commit together.
 */
export async function applyMutationIn<N extends MutationName>(
  tx: Queryable,
  actor: AuthenticatedSession,
  request: MutationRequestOf<N>,
  now: Date,
): Promise<CaseDetail> {
  const { name, args } = request;
  await acquireCaseWriteOrder(tx);
  const current = await findCase(tx, args.caseId, 'lock');
  if (!current) throw new ServiceError('not_found', 'There is no such case.');
  if (current.version !== args.version) {
    throw new ServiceError('stale_version', await staleMessage(tx, current, args.version));
  }
  refuseForKind(current, name);
  const step = transition(current.status, MUTATION_ACTIONS[name], actor.role, current.outcome);
  if (!step.ok) {
    throw new ServiceError(step.reason, step.message);
  }
  const notTheirs = ownershipRefusal(
    MUTATION_ACTIONS[name],
    { assigneeId: current.assignee_id, assigneeName: current.assignee_name },
    actor.userId,
  );
  if (notTheirs !== null) throw new ServiceError('forbidden', notTheirs);
  if (REAUTH_MUTATIONS.has(name) && !recentlyReauthenticated(actor.reauthenticatedAt, now)) {
    throw new ServiceError(
      'reauth_required',
      'Enter your password again to confirm this decision.',
    );
  }
  const handler: MutationHandler<N> = MUTATION_HANDLERS[name];
  const change = await handler({ tx, actor, current, args, to: step.to, now });
  await appendAuditEventWith(tx, caseWrite(current, step.to, change, now), {
    at: now,
    actorId: actor.userId,
    actor: actor.username,
    action: name,
    caseId: current.id,
    details: {
      ...change.details,
      from: current.status,
      to: step.to,
      version: current.version + 1,
    },
  });
  // With the judgement, so the copy a workstation keeps says what a sign-off would release.
  const detail = await loadCaseDetail(tx, current.id, actor, now);
  if (!detail) throw new Error('the case vanished inside its own transaction');
  return detail;
}

/** The case's new row, written in the statement that records its audit event. */
function caseWrite(current: CaseRow, status: string, change: CaseChange, now: Date): Change {
  const decidedUnder =
    change.decidedUnder === undefined
      ? current.policy_version && current.verdict
        ? { policyVersion: current.policy_version, verdict: current.verdict }
        : null
      : change.decidedUnder;
  const signOff =
    change.signOff === undefined
      ? current.signed_off_by && current.signed_off_at && current.outcome
        ? { by: current.signed_off_by, at: current.signed_off_at, outcome: current.outcome }
        : null
      : change.signOff;
  return {
    sql: `UPDATE cases
        SET status = $2, version = version + 1, review = $3::jsonb, assignee_id = $4,
            signed_off_by = $5, signed_off_at = $6, outcome = $7, last_return_comment = $8,
            updated_at = $9, policy_version = $10, verdict = $11::jsonb
      WHERE id = $1`,
    params: [
      current.id,
      status,
      JSON.stringify(change.review ?? current.review),
      change.assigneeId === undefined ? current.assignee_id : change.assigneeId,
      signOff?.by ?? null,
      signOff?.at ?? null,
      signOff?.outcome ?? null,
      change.lastReturnComment === undefined
        ? current.last_return_comment
        : change.lastReturnComment,
      now,
      decidedUnder?.policyVersion ?? null,
      decidedUnder ? JSON.stringify(decidedUnder.verdict) : null,
    ],
  };
}

/** Names who changed the case since the user loaded it, so they know what to look at. */
async function staleMessage(tx: Queryable, current: CaseRow, seen: number): Promise<string> {
  const changes = (await caseAuditEvents(tx, current.id)).filter(
    (e) => e.action !== 'document.download' && !e.action.startsWith('refusal.'),
  );
  const last = toCaseHistory(changes).at(-1);
  const by = last
    ? ` ${nameWithUsername(last.actorName, last.actor)} changed it (${last.action}) at ${last.at}.`
    : '';
  return `This case has changed since you opened it (you saw version ${seen}, it is now version ${current.version}).${by} Reload the case and check it before acting again.`;
}

/** Nothing is reviewed or disclosed from a preservation; a production order is never extended. */
function refuseForKind(current: CaseRow, name: MutationName): void {
  if (kindAllows(current.kind, MUTATION_ACTIONS[name])) return;
  throw new ServiceError(
    'invalid_transition',
    current.kind === 'preservation'
      ? `Case ${current.reference} is a preservation request: it asks for data to be kept, not disclosed, so it is never reviewed, signed off or disclosed. It can be extended where its instrument allows, linked to the production order that follows, or closed when it expires.`
      : `Case ${current.reference} is a production order, not a preservation request; only a preservation request is extended, linked to a production order or closed on expiry.`,
  );
}
