import {
  notificationStates,
  type CaseNotifications,
  type DueNotification,
  type NotificationInput,
} from '../../shared/disclosure/user-notifications';
import type { Order } from '../../shared/order';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';
import { findCase } from '../cases/case-detail';
import { ServiceError } from '../service-error';
import type { Database, Queryable } from '../storage/database';
import { acquireWriteOrder } from '../storage/write-order';

/** Clocks of workstations drift; a notification stated a little ahead of the server is now. */
const CLOCK_SKEW_MS = 5 * 60_000;

async function disclosedAt(tx: Queryable, caseId: string): Promise<Date | null> {
  const [row] = await tx.query<{ delivered_at: Date }>(
    `SELECT delivered_at FROM case_deliveries WHERE case_id = $1 AND kind = 'disclosure'`,
    [caseId],
  );
  return row?.delivered_at ?? null;
}

interface SentNotification {
  sentAt: Date;
  recordedByName: string;
}

/**
 * The notifications recorded as sent, by case and then by target: of one case, or of every
 * case when none is named (the list of those due reads them all in one statement).
 */
async function sentNotifications(
  tx: Queryable,
  caseId?: string,
): Promise<Map<string, Map<string, SentNotification>>> {
  const rows = await tx.query<{
    case_id: string;
    target: string;
    sent_at: Date;
    recorded_by_name: string;
  }>(
    `SELECT n.case_id, n.target, n.sent_at, u.display_name AS recorded_by_name
       FROM user_notifications n JOIN users u ON u.id = n.recorded_by
      ${caseId === undefined ? '' : 'WHERE n.case_id = $1'}`,
    caseId === undefined ? [] : [caseId],
  );
  const byCase = new Map<string, Map<string, SentNotification>>();
  for (const r of rows) {
    let sent = byCase.get(r.case_id);
    if (!sent) byCase.set(r.case_id, (sent = new Map()));
    sent.set(r.target, { sentAt: r.sent_at, recordedByName: r.recorded_by_name });
  }
  return byCase;
}

async function statesOf(
  tx: Queryable,
  caseId: string,
  order: Order,
  now: Date,
): Promise<CaseNotifications> {
  return notificationStates({
    order,
    disclosedAt: await disclosedAt(tx, caseId),
    sent: (await sentNotifications(tx, caseId)).get(caseId) ?? new Map(),
    now,
  });
}

/** Where notification of each target of the case stands now; null for an unknown case. */
export async function caseNotifications(
  tx: Queryable,
  caseId: string,
  now: Date,
): Promise<CaseNotifications | null> {
  const current = await findCase(tx, caseId);
  return current ? statesOf(tx, caseId, current.order_data, now) : null;
}

/**
 * Records that a target of the order was told of it. Refused for a target the order does not
 * name, while the order still prohibits it, twice, or dated before it was allowed or in the
 * future; the record and its audit event are written together or not at all.
 */
export function recordNotificationSent(
  db: Database,
  actor: AuthenticatedSession,
  caseId: string,
  input: NotificationInput,
  now: Date,
): Promise<CaseNotifications> {
  return db.transaction(async (tx) => {
    await acquireWriteOrder(tx);
    const current = await findCase(tx, caseId, 'lock');
    if (!current) throw new ServiceError('not_found', 'There is no such case.');
    const states = await statesOf(tx, caseId, current.order_data, now);
    const target = states.targets.find((t) => t.target === input.target);
    if (!target) {
      throw new ServiceError(
        'validation',
        states.targets.length === 0
          ? 'No user of this order is to be notified: it carries no non-disclosure term and nothing was disclosed.'
          : 'The order does not name this target.',
        [{ path: 'target', message: 'not a target of this order to notify' }],
      );
    }
    if (target.state === 'sent') {
      throw new ServiceError(
        'invalid_transition',
        `This user's notification was already recorded as sent on ${target.sentAt ?? ''}.`,
      );
    }
    if (target.state === 'prohibited' || target.dueFrom === null) {
      throw new ServiceError(
        'invalid_transition',
        target.prohibitedUntil
          ? `The order prohibits telling this user until ${target.prohibitedUntil}.`
          : 'The order prohibits telling this user, with no end date.',
      );
    }
    const sentAt = new Date(input.sentAt);
    if (sentAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw new ServiceError('validation', 'The notification cannot be dated in the future.', [
        { path: 'sentAt', message: 'this time has not come yet' },
      ]);
    }
    if (sentAt.getTime() < Date.parse(target.dueFrom)) {
      throw new ServiceError(
        'validation',
        'The notification cannot be dated before the order allowed it.',
        [{ path: 'sentAt', message: `notification was allowed from ${target.dueFrom}` }],
      );
    }
    await tx.query(
      `INSERT INTO user_notifications (case_id, target, sent_at, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [caseId, target.target, sentAt, actor.userId, now],
    );
    await appendAuditEvent(tx, {
      at: now,
      actorId: actor.userId,
      actor: actor.username,
      action: 'notification.recordSent',
      caseId,
      details: { target: target.target, sentAt: sentAt.toISOString(), dueFrom: target.dueFrom },
    });
    return statesOf(tx, caseId, current.order_data, now);
  });
}

/**
 * Every notification that is due now, across cases: orders whose non-disclosure term has
 * ended, and disclosures from orders without one, less what was recorded as sent.
 */
export async function dueNotifications(tx: Queryable, now: Date): Promise<DueNotification[]> {
  // Two statements for the whole desk, not two per case: on the embedded service every
  // statement holds its one connection, and a desk of thousands of cases would keep a sync
  // waiting behind this list for seconds.
  // Only the parts of each order the judgement reads: the term and the targets.
  const rows = await tx.query<{
    id: string;
    reference: string;
    non_disclosure: Order['nonDisclosure'] | null;
    targets: Order['targets'];
    disclosed_at: Date | null;
  }>(
    `SELECT c.id, c.reference, c.order_data -> 'nonDisclosure' AS non_disclosure,
            c.order_data -> 'targets' AS targets, d.delivered_at AS disclosed_at
       FROM cases c
       LEFT JOIN case_deliveries d ON d.case_id = c.id AND d.kind = 'disclosure'
      WHERE (c.order_data -> 'nonDisclosure' ->> 'prohibited') = 'true'
         OR d.case_id IS NOT NULL
      ORDER BY c.received_at, c.id`,
  );
  const sentByCase = await sentNotifications(tx);
  const due: DueNotification[] = [];
  for (const row of rows) {
    const states = notificationStates({
      order: { nonDisclosure: row.non_disclosure ?? undefined, targets: row.targets },
      disclosedAt: row.disclosed_at,
      sent: sentByCase.get(row.id) ?? new Map(),
      now,
    });
    for (const t of states.targets) {
      if (t.state !== 'due' || t.dueFrom === null) continue;
      due.push({
        caseId: row.id,
        reference: row.reference,
        target: t.target,
        label: t.label,
        dueFrom: t.dueFrom,
      });
    }
  }
  return due.sort((a, b) => a.dueFrom.localeCompare(b.dueFrom));
}
