import type { LinkedCase, PreservationState } from '../../shared/case-record';
import { extensionRefusal } from '../../shared/preservation';
import type { Queryable } from '../storage/database';
import { displayNameAt } from '../users/names-then';
import { preservationExpiresAt, type CaseRow } from './case-rows';

/** A preservation's term as the service computes it; null on a production order. */
export async function preservationStateOf(
  tx: Queryable,
  row: CaseRow,
): Promise<PreservationState | null> {
  const expiresAt = preservationExpiresAt(row);
  if (expiresAt === null || row.preservation_instrument === null) return null;
  const extendedAt = row.preservation_extended_at?.toISOString() ?? null;
  const [extendedBy] = extendedAt
    ? await tx.query<{ display_name: string }>(
        `SELECT ${displayNameAt('u', 'c.preservation_extended_at')} AS display_name
           FROM cases c JOIN users u ON u.id = c.preservation_extended_by
          WHERE c.id = $1`,
        [row.id],
      )
    : [];
  return {
    instrument: row.preservation_instrument,
    expiresAt,
    extendedAt,
    extendedByName: extendedBy?.display_name ?? null,
    extensionRefusedBecause: extensionRefusal(
      row.preservation_instrument,
      extendedAt,
      expiresAt,
      null,
    ),
  };
}

export async function linkedCaseOf(tx: Queryable, row: CaseRow): Promise<LinkedCase | null> {
  if (row.linked_case_id === null) return null;
  const [linked] = await tx.query<LinkedCase>(
    `SELECT id, reference, kind, status FROM cases WHERE id = $1`,
    [row.linked_case_id],
  );
  return linked ?? null;
}
