import type { DeliveryInput } from '../../shared/disclosure/delivery';
import type { JsonValue } from '../audit/canonical-json';
import { ServiceError } from '../service-error';
import type { Queryable } from '../storage/database';

/** Clocks of workstations drift; a delivery stated a little ahead of the server is still now. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Records how an answer went out. A disclosure needs its package first; the time must lie
 * between the approval and now. The row is append-only: one answer per case.
 */
export async function recordDelivery(
  tx: Queryable,
  caseId: string,
  kind: 'disclosure' | 'refusal',
  delivery: DeliveryInput,
  sentBy: string,
  now: Date,
): Promise<{ [key: string]: JsonValue }> {
  const [approval] = await tx.query<{ approved_at: Date; has_package: boolean }>(
    `SELECT d.approved_at, EXISTS (SELECT 1 FROM disclosure_packages p WHERE p.case_id = d.case_id)
              AS has_package
       FROM disclosure_records d WHERE d.case_id = $1`,
    [caseId],
  );
  if (!approval) throw new Error('an approved case has no disclosure record');
  if (kind === 'disclosure' && !approval.has_package) {
    throw new ServiceError(
      'invalid_transition',
      'Look up the subscriber data and prepare the package before recording its delivery.',
    );
  }
  const at = Date.parse(delivery.deliveredAt);
  if (at > now.getTime() + CLOCK_SKEW_MS) {
    throw new ServiceError('validation', 'The delivery cannot be dated in the future.', [
      { path: 'args.delivery.deliveredAt', message: 'this time has not come yet' },
    ]);
  }
  // Delivery times are entered to the minute, so the minute of the approval itself counts.
  if (at < Math.floor(approval.approved_at.getTime() / 60_000) * 60_000) {
    throw new ServiceError('validation', 'The delivery cannot be dated before the approval.', [
      {
        path: 'args.delivery.deliveredAt',
        message: `the case was approved at ${approval.approved_at.toISOString()}`,
      },
    ]);
  }
  await tx.query(
    `INSERT INTO case_deliveries (case_id, kind, channel, delivered_at, recipient, sent_by,
                                  recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [caseId, kind, delivery.channel, new Date(at), delivery.recipient, sentBy, now],
  );
  return { delivery: { ...delivery, kind } };
}
