import { isPeriod, periodBounds, type Period } from '../../shared/transparency/quarters';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';
import { ServiceError } from '../service-error';
import type { Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';
import { tallyQuarters, type QuarterTally } from './transparency-report';

async function quarterNow(tx: Queryable, period: string): Promise<QuarterTally> {
  if (!isPeriod(period)) {
    throw new ServiceError('validation', 'The quarter is not valid.', [
      { path: 'period', message: 'expected a quarter such as 2025-Q1' },
    ]);
  }
  const { start } = periodBounds(period);
  const [quarter] = await tallyQuarters(tx, start, start);
  if (!quarter) throw new Error(`no tally for ${period}`);
  return quarter;
}

/**
 * Closes a quarter that has ended: its figures, with the cases behind each, are frozen and
 * their SHA-256 goes into the audit chain. Whatever is recorded later, the quarter reads the
 * same until a supervisor records a dated amendment.
 */
export async function freezeQuarter(
  tx: Queryable,
  actor: AuthenticatedSession,
  period: string,
  now: Date,
): Promise<void> {
  await acquireWriteOrder(tx);
  const quarter = await quarterNow(tx, period);
  if (periodBounds(quarter.period).end.getTime() > now.getTime()) {
    throw new ServiceError(
      'invalid_transition',
      `${period} has not ended yet; it cannot be closed.`,
    );
  }
  if (quarter.records.length > 0) {
    throw new ServiceError(
      'duplicate',
      `${period} is already closed; record an amendment instead.`,
    );
  }
  await insertRecord(tx, actor, quarter.period, 1, 'freeze', null, quarter, now);
}

/** Records what the cases say now as a dated, reasoned amendment of a closed quarter. */
export async function amendQuarter(
  tx: Queryable,
  actor: AuthenticatedSession,
  period: string,
  reason: string,
  now: Date,
): Promise<void> {
  await acquireWriteOrder(tx);
  const quarter = await quarterNow(tx, period);
  const last = quarter.records.at(-1);
  if (!last)
    throw new ServiceError('invalid_transition', `${period} is not closed; nothing to amend.`);
  if (last.sha256 === quarter.liveSha256) {
    throw new ServiceError(
      'invalid_transition',
      `The cases of ${period} match its report; nothing to amend.`,
    );
  }
  await insertRecord(
    tx,
    actor,
    quarter.period,
    quarter.records.length + 1,
    'amendment',
    reason,
    quarter,
    now,
  );
}

async function insertRecord(
  tx: Queryable,
  actor: AuthenticatedSession,
  period: Period,
  seq: number,
  kind: 'freeze' | 'amendment',
  reason: string | null,
  quarter: QuarterTally,
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO transparency_quarters (period, seq, kind, recorded_at, recorded_by, reason, tally, sha256)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
    [
      period,
      seq,
      kind,
      now,
      actor.userId,
      reason,
      JSON.stringify(quarter.live),
      quarter.liveSha256,
    ],
  );
  await appendAuditEvent(tx, {
    at: now,
    actorId: actor.userId,
    actor: actor.username,
    action: kind === 'freeze' ? 'report.closeQuarter' : 'report.amendQuarter',
    caseId: null,
    details: {
      period,
      sha256: quarter.liveSha256,
      fulfilledRequests: quarter.live.reduce((n, t) => n + t.row.fulfilledRequests, 0),
      affectedUsers: quarter.live.reduce((n, t) => n + t.row.affectedUsers, 0),
      ...(reason ? { reason } : {}),
    },
  });
}
