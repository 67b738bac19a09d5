import {
  notificationStates,
  type CaseNotifications,
  type DueNotification,
  type DueNotifications,
  type NotificationInput,
} from '../../shared/disclosure/user-notifications';
import type { Order } from '../../shared/order';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';
import { findCase } from '../cases/case-detail';
import { ServiceError } from '../service-error';
import { arrayLiteral } from '../storage/array-literal';
import type { Database, Queryable } from '../storage/database';
import { displayNameAt } from '../users/names-then';
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

/** The notifications recorded as sent for the given cases, by case and then by target. */
async function sentNotifications(
  tx: Queryable,
  caseIds: readonly string[],
): Promise<Map<string, Map<string, SentNotification>>> {
  const rows = await tx.query<{
    case_id: string;
    target: string;
    sent_at: Date;
    recorded_by_name: string;
  }>(
    `SELECT n.case_id, n.target, n.sent_at,
            ${displayNameAt('u', 'n.recorded_at')} AS recorded_by_name
       FROM user_notifications n JOIN users u ON u.id = n.recorded_by
      WHERE n.case_id = ANY($1::uuid[])`,
    [arrayLiteral(caseIds)],
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
    sent: (await sentNotifications(tx, [caseId])).get(caseId) ?? new Map(),
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
 * The notifications due now across the desk: orders whose non-disclosure term has ended, and
 * disclosures from orders without one, less what was recorded as sent. Counted for every case;
 * listed for the `limit` cases due longest, with their targets.
 */
export async function dueNotifications(
  tx: Queryable,
  now: Date,
  limit: number,
): Promise<DueNotifications> {
  // Counted from the columns kept beside each case (its term's end, its number of targets),
  // never from the orders themselves: only the listed cases' orders are read.
  // A term ends at the end of its last day (UTC): it has ended once that day is before today.
  const page = await tx.query<{
    id: string;
    due_from: Date;
    cases: string;
    users: string;
  }>(
    `WITH ended AS (
       SELECT c.id, c.received_at, c.target_count,
              (c.gag_until::date + 1)::timestamp AT TIME ZONE 'UTC' AS due_from
         FROM cases c
        WHERE c.gag_until IS NOT NULL AND c.gag_until < $1
       UNION ALL
       SELECT c.id, c.received_at, c.target_count, d.delivered_at
         FROM case_deliveries d JOIN cases c ON c.id = d.case_id
        WHERE d.kind = 'disclosure' AND NOT c.gagged AND d.delivered_at <= $2
     ), owed AS (
       SELECT e.id, e.received_at, e.due_from, e.target_count - coalesce(s.sent, 0) AS unsent
         FROM ended e
         LEFT JOIN (SELECT case_id, count(*)::int AS sent FROM user_notifications
                     GROUP BY case_id) s ON s.case_id = e.id
     )
     SELECT id, due_from, count(*) OVER () AS cases, sum(unsent) OVER () AS users
       FROM owed WHERE unsent > 0
      ORDER BY due_from, received_at, id
      LIMIT $3`,
    [now.toISOString().slice(0, 10), now, limit],
  );
  const [first] = page;
  if (!first) return { due: [], users: 0, cases: 0 };
  const ids = page.map((r) => r.id);
  // The listed cases judged in full, by the same rule as each case's own page.
  const listed = await tx.query<{
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
      WHERE c.id = ANY($1::uuid[])`,
    [arrayLiteral(ids)],
  );
  const byId = new Map(listed.map((r) => [r.id, r]));
  const sentByCase = await sentNotifications(tx, ids);
  const due: DueNotification[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    const states = notificationStates({
      order: { nonDisclosure: row.non_disclosure ?? undefined, targets: row.targets },
      disclosedAt: row.disclosed_at,
      sent: sentByCase.get(id) ?? new Map(),
      now,
    });
    for (const t of states.targets) {
      if (t.state !== 'due' || t.dueFrom === null) continue;
      due.push({
        caseId: id,
        reference: row.reference,
        target: t.target,
        label: t.label,
        dueFrom: t.dueFrom,
      });
    }
  }
  return { due, users: Number(first.users), cases: Number(first.cases) };
}
