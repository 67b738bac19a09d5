import type { ApiError } from '../../shared/errors';
import type { PushAck, PushedMutation, PushRequest, PushResponse } from '../../shared/sync';
import { appendRefusal } from '../audit/refusal-events';
import type { AuthenticatedSession } from '../auth/sessions';
import { parseMutationRequest } from '../mutations/parse-mutation-request';
import { actorAsOfNow, applyMutationIn } from '../mutations/apply-mutation';
import { ServiceError } from '../service-error';
import { CommitTasks, type Database, type Queryable } from '../storage/database';
import { acquireCaseWriteOrder } from '../storage/write-order';
import { lockSyncClient, recordOutcome, recordedOutcome } from './sync-clients';

/**
 * Refusals that say nothing about the action itself, only that the person cannot act now:
 * the action stays queued, with everything after it, for when they can.
 */
const NOT_NOW: ReadonlySet<ApiError['code']> = new Set([
  'reauth_required',
  'unauthenticated',
  'account_deactivated',
  'second_factor_enrolment_required',
]);

type Decision =
  | { kind: 'ack'; ack: PushAck }
  /** Not decided and not consumed: the client keeps it and everything after it. */
  | { kind: 'blocked'; error: ApiError };

/** Runs one action of a push when its turn comes: each action waits its own turn. */
export type InTurn = <T>(action: () => Promise<T>) => Promise<T>;

/**
 * Applies a workstation's queued mutations in seq order, each in its own transaction
 * together with the client's last applied seq. A seq the server has already decided is
 * answered from the record of that decision, so duplicate and replayed deliveries change
 * nothing. A refusal is a decision too: recorded, acknowledged with its reason, and the
 * queue moves on. Only a missing password confirmation, or a session or account that ended
 * during the push, stops the batch undecided.
 */
export async function pushMutations(
  db: Database,
  actor: AuthenticatedSession,
  request: PushRequest,
  clock: () => Date,
  inTurn: InTurn = (action) => action(),
): Promise<PushResponse> {
  const acks: PushAck[] = [];
  // What follows each commit (sealing the audit events it recorded) runs once, after the
  // whole push: a push of many actions is then one seal pass instead of one per action.
  const afterPush = new CommitTasks();
  try {
    for (const mutation of request.mutations) {
      const decision = await inTurn(() =>
        db.transaction((tx) =>
          decide(afterPush.register(tx), actor, request.clientId, mutation, clock()),
        ),
      );
      if (decision.kind === 'blocked') {
        return { acks, blocked: { seq: mutation.seq, error: decision.error } };
      }
      acks.push(decision.ack);
    }
    return { acks, blocked: null };
  } finally {
    await afterPush.run(db);
  }
}

async function decide(
  tx: Queryable,
  actor: AuthenticatedSession,
  clientId: string,
  mutation: PushedMutation,
  now: Date,
): Promise<Decision> {
  // Taken before the client row, in the same order as every other writer: an exclusive
  // writer never waits on a case writer that waits on it.
  await acquireCaseWriteOrder(tx);
  const client = await lockSyncClient(tx, clientId, actor.userId, now);
  if (mutation.seq <= client.lastSeq) {
    return { kind: 'ack', ack: await recordedOutcome(tx, clientId, mutation.seq) };
  }

  const caseId = caseIdOf(mutation.args);
  await tx.query('SAVEPOINT pushed_mutation');
  try {
    const request = parseMutationRequest({ name: mutation.name, args: mutation.args });
    const detail = await applyMutationIn(tx, await actorAsOfNow(tx, actor), request, now);
    await recordOutcome(tx, clientId, mutation.seq, { status: 'applied', caseId }, now);
    return {
      kind: 'ack',
      ack: { seq: mutation.seq, status: 'applied', replayed: false, caseId, case: detail },
    };
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT pushed_mutation');
    const reason: ApiError = {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    };
    await appendRefusal(tx, actor, error, { via: 'sync', attempted: mutation.name, caseId }, now);
    if (NOT_NOW.has(error.code)) return { kind: 'blocked', error: reason };
    await recordOutcome(
      tx,
      clientId,
      mutation.seq,
      { status: 'refused', caseId, error: reason },
      now,
    );
    return {
      kind: 'ack',
      ack: { seq: mutation.seq, status: 'refused', replayed: false, caseId, error: reason },
    };
  }
}

/** The case a mutation names, when it names one in a readable way, to point the user at it. */
function caseIdOf(args: unknown): string | null {
  if (typeof args !== 'object' || args === null || !('caseId' in args)) return null;
  const { caseId } = args;
  return typeof caseId === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(caseId)
    ? caseId
    : null;
}
