import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../dates';
import type { Order } from '../order';
import { targetKey } from '../identifiers';

/**
 * Telling an affected user about the order: prohibited while the order's non-disclosure term
 * runs (indefinitely when it names no end), due once it ends, then sent. Orders without such
 * a term make notification due once data has been disclosed.
 */
export const NOTIFICATION_STATES = ['prohibited', 'due', 'sent'] as const;
export type NotificationState = (typeof NOTIFICATION_STATES)[number];

export const NOTIFICATION_STATE_LABELS: Record<NotificationState, string> = {
  prohibited: 'Prohibited',
  due: 'Due',
  sent: 'Sent',
};

export const TargetNotification = z.object({
  target: z.string(),
  /** The target as the authority wrote it. */
  label: z.string(),
  state: z.enum(NOTIFICATION_STATES),
  /** Last day of the prohibition; null while it has no end, or when there is none. */
  prohibitedUntil: IsoDate.nullable(),
  /** From when the user may and should be told; null while prohibited without an end. */
  dueFrom: IsoDateTime.nullable(),
  sentAt: IsoDateTime.nullable(),
  recordedByName: z.string().nullable(),
});
export type TargetNotification = z.infer<typeof TargetNotification>;

export const CaseNotifications = z.object({
  /** The order's non-disclosure term as it stands, if it has one. */
  term: z.object({ until: IsoDate.nullable(), terms: z.string().nullable() }).nullable(),
  targets: z.array(TargetNotification),
});
export type CaseNotifications = z.infer<typeof CaseNotifications>;

export const NotificationInput = z
  .object({
    target: z.string().trim().min(1, 'name the target that was notified').max(400),
    sentAt: IsoDateTime,
  })
  .strict();
export type NotificationInput = z.infer<typeof NotificationInput>;

export const DueNotification = z.object({
  caseId: z.string(),
  reference: z.string(),
  target: z.string(),
  label: z.string(),
  dueFrom: IsoDateTime,
});
export type DueNotification = z.infer<typeof DueNotification>;

/**
 * The notifications due across the desk: how many users in how many cases, and the targets of
 * the cases due longest, as many cases as were asked for. A desk whose notifications were never
 * recorded can owe tens of thousands; the list is read a page at a time.
 */
export const DueNotifications = z.object({
  due: z.array(DueNotification),
  users: z.number().int().nonnegative(),
  cases: z.number().int().nonnegative(),
});
export type DueNotifications = z.infer<typeof DueNotifications>;

export const DUE_NOTIFICATIONS_MAX_CASES = 1000;
export const DueNotificationsQuery = z.object({
  /** How many cases to list, longest due first; the counts cover every case. */
  limit: z.coerce.number().int().min(1).max(DUE_NOTIFICATIONS_MAX_CASES).default(20),
});

export interface NotificationFacts {
  order: Pick<Order, 'nonDisclosure' | 'targets'>;
  /** When data from this case was delivered to the authority, if it was. */
  disclosedAt: Date | null;
  sent: ReadonlyMap<string, { sentAt: Date; recordedByName: string }>;
  now: Date;
}

/** A non-disclosure term ends at the end of its last day (UTC). */
function endOfDay(isoDate: string): Date {
  return new Date(`${isoDate}T23:59:59.999Z`);
}

/**
 * Where notification of each target of the order stands, computed from the order's term,
 * the disclosure and what was recorded as sent. Nothing is tracked for an order without a
 * term from which nothing was disclosed: no user was affected.
 */
export function notificationStates(facts: NotificationFacts): CaseNotifications {
  const gag = facts.order.nonDisclosure?.prohibited ? facts.order.nonDisclosure : null;
  const term = gag ? { until: gag.until ?? null, terms: gag.terms ?? null } : null;
  if (!gag && !facts.disclosedAt) return { term, targets: [] };
  const dueFrom = gag
    ? gag.until
      ? new Date(endOfDay(gag.until).getTime() + 1)
      : null
    : facts.disclosedAt;
  return {
    term,
    targets: facts.order.targets.map((t) => {
      const key = targetKey(t.identifier);
      const sent = facts.sent.get(key);
      const state: NotificationState = sent
        ? 'sent'
        : dueFrom !== null && dueFrom.getTime() <= facts.now.getTime()
          ? 'due'
          : 'prohibited';
      return {
        target: key,
        label: t.identifier.value,
        state,
        prohibitedUntil: gag?.until ?? null,
        dueFrom: dueFrom ? dueFrom.toISOString() : null,
        sentAt: sent ? sent.sentAt.toISOString() : null,
        recordedByName: sent ? sent.recordedByName : null,
      };
    }),
  };
}
