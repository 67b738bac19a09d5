import { z } from 'zod';
import { CASE_STATUSES, CASE_ACTIONS, OUTCOMES } from './case-lifecycle';
import { IsoDateTime } from './dates';
import { CaseDeadline } from './governing-deadline';
import { DisclosureProgress } from './disclosure/subscriber-data';
import { DATA_CATEGORIES, Order } from './order';
import { ORDER_KINDS, PRESERVATION_INSTRUMENTS } from './preservation';
import { Verdict } from './policy/verdict';
import { CaseJudgement } from './release/case-judgement';
import { Review } from './review';
import { CaseVerification } from './verification';

/** What the queue needs of a case: small enough to mirror 100,000 of them. */
export const CaseSummary = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(CASE_STATUSES),
  authorityName: z.string(),
  country: z.string(),
  receivedAt: IsoDateTime,
  dueAt: IsoDateTime,
  emergency: z.boolean(),
  targetCount: z.number().int(),
  assigneeName: z.string().nullable(),
  /** Who holds the case. Absent on copies cached before ownership was mirrored. */
  assigneeId: z.string().nullable().optional(),
  outcome: z.enum(OUTCOMES).nullable(),
  version: z.number().int(),
  updatedAt: IsoDateTime,
  /** What the queue's search finds the case by (see shared/case-search.ts). Absent on older copies. */
  searchTerms: z.array(z.string()).optional(),
  /** Checks the reviewer decided differently from the engine at sign-off. Absent on older copies. */
  overrideCount: z.number().int().optional(),
  /**
   * Users who had a hand in the case (entered it, hold it, signed it off, recorded a call-back):
   * the approvals list marks cases a supervisor may not approve. The server still decides.
   */
  participantIds: z.array(z.string()).optional(),
  /** Absent on copies cached before preservations were imported: a production order. */
  kind: z.enum(ORDER_KINDS).optional(),
  /** A preservation's end, computed by the service from the order and any extension. */
  preservationExpiresAt: IsoDateTime.nullable().optional(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseDocument = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

/**
 * A mismatch between the documents the order names and the files that came with it, found by
 * the service from the stored order and files: a named document not attached, or an attached
 * file the order does not name.
 */
export const DocumentMark = z.object({
  kind: z.enum(['document_missing', 'unlisted_document']),
  name: z.string(),
  /** The unlisted file's digest. */
  sha256: z.string().optional(),
});
export type DocumentMark = z.infer<typeof DocumentMark>;

export const CaseEvent = z.object({
  at: IsoDateTime,
  /** The name whoever acted had at the time: a later rename does not change it. */
  actorName: z.string(),
  /** Their username, which never changes. Absent on copies cached before it was sent. */
  actor: z.string().optional(),
  action: z.string(),
  comment: z.string().nullable(),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const SignOff = z.object({
  byUserId: z.string(),
  /** As the signer was called when they signed off. */
  byName: z.string(),
  /** Absent on copies cached before it was sent. */
  byUsername: z.string().optional(),
  at: IsoDateTime,
  outcome: z.enum(OUTCOMES),
});
export type SignOff = z.infer<typeof SignOff>;

/** What was approved for release: the subscriber lookup uses exactly this and nothing more. */
export const DisclosureRecord = z.object({
  approvedById: z.string(),
  /** As the approver was called when they approved. */
  approvedByName: z.string(),
  /** Absent on copies cached before it was sent. */
  approvedByUsername: z.string().optional(),
  approvedAt: IsoDateTime,
  outcome: z.enum(OUTCOMES),
  comment: z.string().nullable(),
  items: z.array(
    z.object({
      target: z.string(),
      category: z.enum(DATA_CATEGORIES),
      ipWindow: z.object({ from: IsoDateTime, to: IsoDateTime }).nullable(),
    }),
  ),
});
export type DisclosureRecord = z.infer<typeof DisclosureRecord>;

/** A preservation request as the service judges it. */
export const PreservationState = z.object({
  instrument: z.enum(PRESERVATION_INSTRUMENTS),
  expiresAt: IsoDateTime,
  extendedAt: IsoDateTime.nullable(),
  extendedByName: z.string().nullable(),
  /** Why the extension would be refused now; null when it may be recorded. */
  extensionRefusedBecause: z.string().nullable(),
});
export type PreservationState = z.infer<typeof PreservationState>;

/** The other side of a preservation and the production order that followed it. */
export const LinkedCase = z.object({
  id: z.string(),
  reference: z.string(),
  kind: z.enum(ORDER_KINDS),
  status: z.enum(CASE_STATUSES),
});
export type LinkedCase = z.infer<typeof LinkedCase>;

/** Frozen at sign-off, so a later policy edit does not change how a decided case reads. */
export const DecidedUnder = z.object({ policyVersion: z.string(), verdict: Verdict });
export type DecidedUnder = z.infer<typeof DecidedUnder>;

export const CaseDetail = CaseSummary.extend({
  order: Order,
  review: Review,
  documents: z.array(CaseDocument),
  /** Documents named but missing, files attached but unlisted. Absent on older stored copies. */
  documentMarks: z.array(DocumentMark).optional(),
  signOff: SignOff.nullable(),
  disclosure: DisclosureRecord.nullable(),
  lastReturnComment: z.string().nullable(),
  /** Out-of-band call-backs recorded for this order. */
  verifications: z.array(CaseVerification),
  decidedUnder: DecidedUnder.nullable(),
  history: z.array(CaseEvent),
  /** Actions the server would accept from the current user right now. */
  allowedActions: z.array(z.enum(CASE_ACTIONS)),
  /** Why the current user may not approve this case (four eyes), when that applies. */
  approvalBlockedReason: z.string().nullable(),
  /** After approval: what the lookup found (counts only), the package's hashes, the delivery. */
  disclosureProgress: DisclosureProgress.nullable().optional(),
  /** Where dueAt comes from: the policy's date and the authority's. Absent on older copies. */
  deadline: CaseDeadline.optional(),
  /** The engine's judgement as the service makes it. Absent on older stored copies. */
  judgement: CaseJudgement.optional(),
  /** On a preservation request: its term, expiry and extension. */
  preservation: PreservationState.nullable().optional(),
  /** The production order a preservation led to, or the preservation a production order followed. */
  linkedCase: LinkedCase.nullable().optional(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;
