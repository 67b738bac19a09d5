import type { CasePage } from '../../../shared/api';
import type { DeskDatabase } from '../db';

export type ApplyResult =
  /** The page and its cursor are stored; these cases changed, and perhaps the policy. */
  | { kind: 'applied'; changedIds: string[]; policyChanged: boolean }
  /** The mirror came from another database: it was emptied and must be pulled from scratch. */
  | { kind: 'reset' }
  /** Another pull moved the cursor meanwhile: this page is outdated and was dropped. */
  | { kind: 'superseded' };

/**
 * Applies one pulled page: the summaries, the policy it carries and the cursor that follows
 * them are written in one transaction, so a crash leaves all or nothing and the next pull
 * resumes exactly.
 */
export function applyCasePage(
  database: DeskDatabase,
  page: CasePage,
  requestedCursor: string | undefined,
  now: Date = new Date(),
): Promise<ApplyResult> {
  return database.transaction(
    'rw',
    [database.summaries, database.details, database.meta, database.policies],
    async (): Promise<ApplyResult> => {
      const storedDatabaseId = (await database.meta.get('databaseId'))?.value;
      const storedCursor = (await database.meta.get('cursor'))?.value;

      if (storedDatabaseId !== undefined && storedDatabaseId !== page.databaseId) {
        await Promise.all([
          database.summaries.clear(),
          database.details.clear(),
          database.policies.clear(),
          database.meta.where('key').anyOf('cursor', 'databaseId').delete(),
        ]);
        // A cursor from the old database means nothing to the new one; only a page requested
        // from scratch may be applied straight away.
        if (requestedCursor !== undefined) return { kind: 'reset' };
      } else if (storedCursor !== requestedCursor) {
        return { kind: 'superseded' };
      }

      await database.summaries.bulkPut(page.cases);
      let policyChanged = false;
      if (page.policy) {
        const stored = await database.policies.get('current');
        policyChanged = stored?.record.version !== page.policy.version;
        await database.policies.put({
          key: 'current',
          record: page.policy,
          storedAt: now.toISOString(),
        });
      }
      await database.meta.bulkPut([
        { key: 'databaseId', value: page.databaseId },
        { key: 'cursor', value: page.cursor },
      ]);
      return { kind: 'applied', changedIds: page.cases.map((c) => c.id), policyChanged };
    },
  );
}
