import {
  MAX_PUSH_BATCH,
  type PushAck,
  type PushRequest,
  type PushResponse,
} from '../../../shared/sync';
import type { DeskDatabase } from '../db';
import { keepNewerServerCopy } from '../keep-newer-server-copy';
import { outboxClientId } from './enqueue';
import { withPendingDetail, type LocalUser } from './local-effects';
import type { QueuedMutation, RefusedAction } from './outbox-records';

export type SendPush = (request: PushRequest) => Promise<PushResponse>;

export interface PushResult {
  /** Cases whose server copy or pending actions changed here. */
  changedCaseIds: string[];
  applied: number;
  refused: number;
  /** The action the server held back for a password confirmation, if any. */
  blocked: PushResponse['blocked'];
}

/**
 * Sends the outbox in seq order, in batches, until it is empty or the server holds an
 * action back. A failed request throws and leaves the outbox as it was: the server decides
 * each seq at most once, so sending the same batch again is always safe.
 */
export async function pushOutbox(
  database: DeskDatabase,
  send: SendPush,
  user: LocalUser,
  now: () => Date = () => new Date(),
): Promise<PushResult> {
  const result: PushResult = { changedCaseIds: [], applied: 0, refused: 0, blocked: null };
  const changed = new Set<string>();
  const clientId = await outboxClientId(database);
  for (;;) {
    const batch = await database.outbox.orderBy('seq').limit(MAX_PUSH_BATCH).toArray();
    if (batch.length === 0) break;
    const response = await send({
      clientId,
      mutations: batch.map(({ seq, name, args }) => ({ seq, name, args })),
    });
    const counts = await applyAcks(database, response.acks, user, now());
    for (const id of counts.caseIds) changed.add(id);
    result.applied += counts.applied;
    result.refused += counts.refused;
    if (response.blocked) {
      result.blocked = response.blocked;
      break;
    }
    // A server that decided nothing and held nothing back would have us loop forever.
    if (response.acks.length === 0) break;
  }
  result.changedCaseIds = [...changed];
  return result;
}

/**
 * Records the server's decisions in one transaction: accepted actions leave the outbox and
 * their case's server copy is updated; refused ones move to the refused list with both
 * versions of the case. A seq no longer queued was decided by another window's push of the
 * same outbox; the case an acceptance carries is still kept. When both windows send the same
 * seqs at once, only one delivery is applied and carries the case, and the window holding the
 * replay (which carries none) may have removed the seq first: dropping the case here too
 * would leave the workstation's copy without the action until the next fetch, and offline
 * the reviewer would see the case as it was before.
 */
async function applyAcks(
  database: DeskDatabase,
  acks: readonly PushAck[],
  user: LocalUser,
  now: Date,
): Promise<{ caseIds: string[]; applied: number; refused: number }> {
  return database.transaction(
    'rw',
    [database.outbox, database.refused, database.details, database.summaries],
    async () => {
      const caseIds = new Set<string>();
      let applied = 0;
      let refused = 0;
      for (const ack of acks) {
        const queued = await database.outbox.get(ack.seq);
        if (!queued) {
          if (ack.status === 'applied' && ack.case) {
            await keepNewerServerCopy(database, ack.case, now);
            caseIds.add(ack.case.id);
          }
          continue;
        }
        caseIds.add(queued.caseId);
        if (ack.status === 'applied') {
          applied += 1;
          await database.outbox.delete(ack.seq);
          if (ack.case) await keepNewerServerCopy(database, ack.case, now);
          continue;
        }
        refused += 1;
        await database.refused.put(await refusal(database, queued, ack, user, now));
        await database.outbox.delete(ack.seq);
      }
      return { caseIds: [...caseIds], applied, refused };
    },
  );
}

async function refusal(
  database: DeskDatabase,
  queued: QueuedMutation,
  ack: Extract<PushAck, { status: 'refused' }>,
  user: LocalUser,
  now: Date,
): Promise<RefusedAction> {
  const serverCase = (await database.details.get(queued.caseId))?.detail ?? null;
  const pending = await database.outbox.where('seq').belowOrEqual(queued.seq).sortBy('seq');
  const localCase = serverCase
    ? withPendingDetail({ ...serverCase }, pending, user, { ignoreVersions: true })
    : null;
  return {
    ...queued,
    caseId: ack.caseId ?? queued.caseId,
    refusedAt: now.toISOString(),
    error: ack.error,
    serverCase,
    localCase,
  } as RefusedAction;
}
