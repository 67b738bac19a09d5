import type { CaseMutation } from '../cases/case-mutation-type';
import type { DeskDatabase } from '../db';
import { withPendingDetail, type LocalUser } from './local-effects';
import type { QueuedMutation, RefusedAction } from './outbox-records';

/**
 * Takes a refused action again on the case as it is now: the same name and arguments, bound
 * to the current version (the server copy with this user's pending actions). The new action
 * is queued and the refusal cleared in one transaction; the server decides afresh, with every
 * rule applied to the current state.
 */
export async function redoRefusedAction(
  database: DeskDatabase,
  refused: RefusedAction,
  user: LocalUser,
  now: Date = new Date(),
): Promise<number | null> {
  const caseId = refused.caseId;
  if (caseId === null) return null;
  return database.transaction(
    'rw',
    [database.outbox, database.meta, database.refused, database.details, database.summaries],
    async () => {
      const copy = await database.details.get(caseId);
      const pending = await database.outbox.where('caseId').equals(caseId).sortBy('seq');
      const version = copy
        ? withPendingDetail(copy.detail, pending, user).version
        : (await database.summaries.get(caseId))?.version;
      if (version === undefined) return null;
      const seq = Number((await database.meta.get('nextSeq'))?.value ?? '1');
      const mutation = {
        name: refused.name,
        args: { ...refused.args, version },
      } as CaseMutation;
      await database.outbox.add({
        ...mutation,
        seq,
        caseId,
        queuedAt: now.toISOString(),
      } as QueuedMutation);
      await database.meta.put({ key: 'nextSeq', value: String(seq + 1) });
      await database.refused.delete(refused.seq);
      return seq;
    },
  );
}
