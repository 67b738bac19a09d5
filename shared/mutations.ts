import { z } from 'zod';
import type { CaseAction } from './case-lifecycle';
import { DeliveryInput } from './disclosure/delivery';
import { LateReason, LetterDispatch } from './disclosure/letters';
import { Review } from './review';
import { VerificationInput } from './verification';

const CaseRef = {
  caseId: z.uuid(),
  /** The case version the user acted on; a stale one is refused with 409. */
  version: z.number().int().nonnegative(),
};

const comment = z.string().trim().max(4000);

/**
 * Every change a user makes to a case, by name. The same map serves the direct API call and,
 * later, the offline outbox: one contract, two transports.
 */
export const MUTATIONS = {
  'case.startReview': z.object({ ...CaseRef }).strict(),
  'case.saveReview': z.object({ ...CaseRef, review: Review }).strict(),
  'case.requestInformation': z
    .object({
      ...CaseRef,
      comment: comment.min(1, 'say what information is missing'),
      /** Writes the request as a letter and logs it as sent this way. */
      letter: LetterDispatch.optional(),
    })
    .strict(),
  'case.resumeReview': z.object({ ...CaseRef }).strict(),
  'case.signOff': z.object({ ...CaseRef }).strict(),
  'case.recordVerification': z.object({ ...CaseRef, verification: VerificationInput }).strict(),
  'case.approve': z.object({ ...CaseRef, comment: comment.optional() }).strict(),
  'case.return': z
    .object({ ...CaseRef, comment: comment.min(1, 'say why the case is returned') })
    .strict(),
  'case.reopen': z.object({ ...CaseRef }).strict(),
  /** `lateReason`: a partial answer on the e-Evidence route sent after the order's deadline. */
  'case.recordDisclosure': z
    .object({ ...CaseRef, delivery: DeliveryInput, lateReason: LateReason.optional() })
    .strict(),
  /** The refusal letter's delivery, when it has been sent; `lateReason` as for disclosures. */
  'case.recordRefusal': z
    .object({ ...CaseRef, delivery: DeliveryInput.optional(), lateReason: LateReason.optional() })
    .strict(),
  'case.close': z.object({ ...CaseRef }).strict(),
  /** A reviewer takes an unassigned case. */
  'case.claim': z.object({ ...CaseRef }).strict(),
  /** The holder gives the case back to the unassigned pile. */
  'case.release': z.object({ ...CaseRef }).strict(),
  /** A supervisor assigns or reassigns the case; null leaves it unassigned. */
  'case.assign': z
    .object({ ...CaseRef, assigneeId: z.uuid('expected a user id').nullable() })
    .strict(),
  /** A US-style preservation, extended once by its term. */
  'case.extendPreservation': z.object({ ...CaseRef }).strict(),
  /** The production order that follows a preservation; the preservation then closes. */
  'case.linkProduction': z.object({ ...CaseRef, productionCaseId: z.uuid() }).strict(),
  /** A preservation that has expired. */
  'case.closePreservation': z.object({ ...CaseRef }).strict(),
} as const;

export type MutationName = keyof typeof MUTATIONS;
export type MutationArgs<N extends MutationName> = z.infer<(typeof MUTATIONS)[N]>;

export const MUTATION_ACTIONS: Record<MutationName, CaseAction> = {
  'case.startReview': 'start_review',
  'case.saveReview': 'save_review',
  'case.requestInformation': 'request_information',
  'case.resumeReview': 'resume_review',
  'case.signOff': 'sign_off',
  'case.recordVerification': 'record_verification',
  'case.approve': 'approve',
  'case.return': 'return',
  'case.reopen': 'reopen',
  'case.recordDisclosure': 'record_disclosure',
  'case.recordRefusal': 'record_refusal',
  'case.close': 'close',
  'case.claim': 'claim',
  'case.release': 'release',
  'case.assign': 'assign',
  'case.extendPreservation': 'extend_preservation',
  'case.linkProduction': 'link_production',
  'case.closePreservation': 'close_preservation',
};

/** Mutations that need a fresh password confirmation in the session. */
export const REAUTH_MUTATIONS: ReadonlySet<MutationName> = new Set([
  'case.signOff',
  'case.approve',
]);

export const MutationRequest = z.discriminatedUnion(
  'name',
  Object.entries(MUTATIONS).map(([name, args]) =>
    z.object({ name: z.literal(name), args }).strict(),
  ) as unknown as [z.ZodObject, ...z.ZodObject[]],
);

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(MUTATIONS, name);
}
