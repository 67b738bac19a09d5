import { ApiError } from '../../shared/errors';
import type { PushAck } from '../../shared/sync';
import { ServiceError } from '../service-error';
import type { Queryable } from '../storage/database';

export interface SyncClient {
  lastSeq: number;
}

/**
 * Locks the client's row for this transaction, creating it bound to the user on first use.
 * An outbox belongs to one user: another user's client id is refused outright.
 */
export async function lockSyncClient(
  tx: Queryable,
  clientId: string,
  userId: string,
  now: Date,
): Promise<SyncClient> {
  await tx.query(
    `INSERT INTO sync_clients (client_id, user_id, created_at, updated_at)
     VALUES ($1, $2, $3, $3) ON CONFLICT (client_id) DO NOTHING`,
    [clientId, userId, now],
  );
  const [row] = await tx.query<{ user_id: string; last_seq: string }>(
    'SELECT user_id, last_seq::text FROM sync_clients WHERE client_id = $1 FOR UPDATE',
    [clientId],
  );
  if (!row) throw new Error('the sync client row vanished inside its own transaction');
  if (row.user_id !== userId) {
    throw new ServiceError('forbidden', 'This outbox belongs to another user.');
  }
  return { lastSeq: Number(row.last_seq) };
}

export type Outcome =
  | { status: 'applied'; caseId: string | null }
  | { status: 'refused'; caseId: string | null; error: ApiError };

export async function recordOutcome(
  tx: Queryable,
  clientId: string,
  seq: number,
  outcome: Outcome,
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO sync_outcomes (client_id, seq, status, case_id, error, decided_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
    [
      clientId,
      seq,
      outcome.status,
      outcome.caseId,
      outcome.status === 'refused' ? JSON.stringify(outcome.error) : null,
      now,
    ],
  );
  await tx.query(
    'UPDATE sync_clients SET last_seq = GREATEST(last_seq, $2), updated_at = $3 WHERE client_id = $1',
    [clientId, seq, now],
  );
}

/** How the server decided an earlier delivery of this seq, reported as a replay. */
export async function recordedOutcome(
  tx: Queryable,
  clientId: string,
  seq: number,
): Promise<PushAck> {
  const [row] = await tx.query<{ status: string; case_id: string | null; error: unknown }>(
    'SELECT status, case_id, error FROM sync_outcomes WHERE client_id = $1 AND seq = $2',
    [clientId, seq],
  );
  if (!row) {
    // Below last_seq without a record: a seq the client skipped. Nothing was applied for it.
    return {
      seq,
      status: 'refused',
      replayed: true,
      caseId: null,
      error: {
        code: 'duplicate',
        message: 'This action arrived after later ones from the same workstation and was skipped.',
      },
    };
  }
  if (row.status === 'applied') {
    return { seq, status: 'applied', replayed: true, caseId: row.case_id, case: null };
  }
  return {
    seq,
    status: 'refused',
    replayed: true,
    caseId: row.case_id,
    error: ApiError.parse(row.error),
  };
}
