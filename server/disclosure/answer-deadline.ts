import type { Order } from '../../shared/order';
import { ServiceError } from '../service-error';

/**
 * On the e-Evidence route the provider must tell the authority by the order's deadline that
 * it cannot comply, in whole or in part (Regulation (EU) 2023/1543, art. 10 and Annex III).
 * A late answer is still owed, so it is not refused: it is recorded, but only with the reason
 * it is late, which the letter log and the audit trail keep. Answers that are on time, or on
 * other routes, take no such reason.
 */
export function lateAnswerReason(
  order: Order,
  dueAt: Date,
  /** null for an answer the deadline does not bind: a full disclosure. */
  answeredAt: Date | null,
  lateReason: string | undefined,
): string | null {
  const late =
    order.route === 'e_evidence' && answeredAt !== null && answeredAt.getTime() > dueAt.getTime();
  if (late && !lateReason) {
    throw new ServiceError(
      'validation',
      `The answer was due by ${dueAt.toISOString()}. Say why it is sent late.`,
      [{ path: 'args.lateReason', message: 'the answer is late: say why' }],
    );
  }
  if (!late && lateReason) {
    throw new ServiceError('validation', 'This answer is not late: there is nothing to explain.', [
      {
        path: 'args.lateReason',
        message:
          order.route === 'e_evidence' && answeredAt !== null
            ? `the answer is within the deadline (${dueAt.toISOString()})`
            : 'only a late refusal or partial answer on the e-Evidence route takes a reason',
      },
    ]);
  }
  return late ? (lateReason ?? null) : null;
}
