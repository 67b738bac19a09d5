import { z } from 'zod';
import { IsoDate } from './dates';

/** The latest signed checkpoint of the audit chain, as auditors see it. */
export const AuditCheckpointSummary = z.object({
  file: z.string(),
  lastEventId: z.string(),
  writtenAt: z.string(),
});

/** What the verifier found: the same result for the command line and the Audit screen. */
export const AuditVerification = z.object({
  ok: z.boolean(),
  checkedAt: z.string(),
  /** Events that verified before the first problem (all of them when ok). */
  events: z.number().int().nonnegative(),
  lastEventId: z.string().nullable(),
  /** The first event found wrong or missing, when one can be named. */
  firstBadEventId: z.string().nullable(),
  problem: z.string().nullable(),
  /** Disclosure, call-back and closed-quarter records matched against their events. */
  evidenceRecords: z.number().int().nonnegative(),
  /** Events just recorded and not yet sealed into the chain: counted, not yet vouched for. */
  unsealedEvents: z.number().int().nonnegative().default(0),
  anchoring: z.object({
    /** False when this service has no checkpoint folder: only the chain itself was checked. */
    configured: z.boolean(),
    checkpoints: z.number().int().nonnegative(),
    latest: AuditCheckpointSummary.nullable(),
    /** Events after the latest checkpoint: the part no signature vouches for yet. */
    unsignedEvents: z.number().int().nonnegative(),
  }),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

/** Filters of the audit log browser; every one optional, days inclusive, in UTC. */
const AuditFilterFields = z.object({
  caseId: z.uuid('expected a case id').optional(),
  /** The order's reference as the authority wrote it; several authorities may share one. */
  reference: z.string().trim().min(1).max(200, 'use at most 200 characters').optional(),
  actor: z.string().trim().min(1).max(64, 'use at most 64 characters').optional(),
  action: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9._-]{0,63}$/, 'expected an event type such as case.approve')
    .optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

const datesInOrder = (q: { from?: string | undefined; to?: string | undefined }) =>
  !q.from || !q.to || q.from <= q.to;
const DATES_IN_ORDER = { path: ['to'], message: 'the end date comes before the start date' };

export const AuditEventQuery = AuditFilterFields.extend({
  /** Events older than this id: the `next` of the previous page. */
  before: z
    .string()
    .regex(/^[0-9]{1,19}$/, 'expected the next value of an earlier page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})
  .strict()
  .refine(datesInOrder, DATES_IN_ORDER);
export type AuditEventQuery = z.infer<typeof AuditEventQuery>;

export const AuditEventRow = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  caseId: z.string().nullable(),
  caseReference: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEventRow = z.infer<typeof AuditEventRow>;

export const AuditEventPage = z.object({
  events: z.array(AuditEventRow),
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: z.string().nullable(),
});
export type AuditEventPage = z.infer<typeof AuditEventPage>;

/**
 * Audit event types in words, for people reading the trail. The trail may hold types this
 * version does not know; they are shown as recorded.
 */
export const AUDIT_EVENT_LABELS: Readonly<Record<string, string>> = {
  'setup.firstAdmin': 'Desk set up',
  'user.create': 'Account created',
  'user.update': 'Account changed',
  'session.login': 'Signed in',
  'session.loginFailed': 'Sign-in failed',
  'session.loginThrottled': 'Sign-in slowed down',
  'session.logout': 'Signed out',
  'session.reauth': 'Password confirmed',
  'session.reauthFailed': 'Password confirmation failed',
  'session.reauthThrottled': 'Password confirmation slowed down',
  'policy.create_version': 'Policy version created',
  'policy.propose_version': 'Policy version proposed',
  'policy.publish_version': 'Policy version published',
  'policy.reject_version': 'Policy version rejected',
  'order.import': 'Order received',
  'document.download': 'Document downloaded',
  'case.startReview': 'Review started',
  'case.saveReview': 'Review saved',
  'case.requestInformation': 'Information requested',
  'case.resumeReview': 'Review resumed',
  'case.signOff': 'Signed off',
  'case.recordVerification': 'Call-back recorded',
  'case.approve': 'Approved',
  'case.return': 'Returned to the reviewer',
  'case.reopen': 'Review reopened',
  'case.recordDisclosure': 'Disclosure recorded',
  'case.recordRefusal': 'Refusal recorded',
  'case.close': 'Closed',
  'notification.recordSent': 'User notified',
  'case.claim': 'Case claimed',
  'case.release': 'Case released',
  'case.assign': 'Case assigned',
  'case.extendPreservation': 'Preservation extended',
  'case.linkProduction': 'Production order linked; preservation closed',
  'case.linkPreservation': 'Linked to the preservation request it follows',
  'case.closePreservation': 'Preservation expired and closed',
  'refusal.fourEyes': 'Refused: four eyes',
  'refusal.forbidden': 'Refused: not open to the role',
  'refusal.reauthRequired': 'Refused: password confirmation needed',
  'audit.export': 'Audit log exported',
};

export const AuditExportQuery = AuditFilterFields.extend({
  format: z.enum(['csv', 'json'], { error: 'choose csv or json' }),
})
  .strict()
  .refine(datesInOrder, DATES_IN_ORDER);
export type AuditExportQuery = z.infer<typeof AuditExportQuery>;
