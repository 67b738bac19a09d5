import { z } from 'zod';
import { IsoDateTime } from './dates';
import { findDirectoryAuthority, sameEmail, samePhone } from './policy/authority-directory';
import { CALL_BACK_SOURCES, callBackContactProblem } from './policy/numbers-of-record';
import { assessSenderDomain, senderDomainConcern } from './policy/sender-domain';
import type { AuthorityDirectory, DirectoryAuthority } from './policy/authority-directory';
import { VERIFICATION_OUTCOMES, type AuthorityVerification } from './policy/evaluation-context';
import type { Order } from './order';

const VerificationFields = z
  .object({
    /** Who made the call. */
    calledBy: z.string().trim().min(1, 'say who made the call').max(200),
    /** Whom they reached at the authority. */
    contactName: z.string().trim().min(1, 'say whom you reached').max(200),
    channel: z.enum(['phone', 'email']),
    /** The number or address actually used: a number of record, never the order's. */
    contactUsed: z.string().trim().min(1, 'say which number or address you used').max(200),
    // Call-backs recorded before sources were asked for could only use the directory's contact.
    source: z.enum(CALL_BACK_SOURCES).default('directory'),
    /** For a number found independently: the web page or registry entry it was found on. */
    sourceReference: z.string().trim().max(500).default(''),
    verifiedAt: IsoDateTime,
    outcome: z.enum(VERIFICATION_OUTCOMES),
    note: z.string().trim().max(2000),
  })
  .strict();

/** What the person who made an out-of-band call-back records about it. */
export const VerificationInput = VerificationFields.superRefine((v, ctx) => {
  if (v.source !== 'directory' && v.sourceReference === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['sourceReference'],
      message: 'say where you found this number: the web page or the registry entry',
    });
  }
});
export type VerificationInput = z.infer<typeof VerificationInput>;

export const CaseVerification = VerificationFields.extend({
  id: z.string(),
  recordedById: z.string(),
  recordedByName: z.string(),
  recordedAt: IsoDateTime,
  /** False when the recorder is the case's own reviewer: such a call-back does not count. */
  secondPerson: z.boolean(),
});
export type CaseVerification = z.infer<typeof CaseVerification>;

/**
 * Why this order needs a call-back recorded by someone other than its reviewer before its
 * authenticity can pass; empty when the reviewer's own call-back suffices.
 */
export function secondPersonVerificationReasons(
  order: Order,
  directory: AuthorityDirectory,
): string[] {
  const reasons: string[] = [];
  if (order.emergency || order.instrument === 'emergency_request') {
    reasons.push('it is an emergency request');
  }
  const entry = findDirectoryAuthority(directory, order.authority);
  if (!entry) reasons.push('the authority is not in the authority directory');
  const claimed = order.authority.contact;
  const domainConcern =
    claimed?.email === undefined
      ? undefined
      : senderDomainConcern(assessSenderDomain(claimed.email, entry?.contact.email));
  if (domainConcern) reasons.push(domainConcern);
  if (!entry) return reasons;
  const emailDiffers =
    domainConcern === undefined &&
    claimed?.email !== undefined &&
    entry.contact.email !== undefined &&
    !sameEmail(claimed.email, entry.contact.email);
  const phoneDiffers =
    claimed?.phone !== undefined &&
    entry.contact.phone !== undefined &&
    !samePhone(claimed.phone, entry.contact.phone);
  if (emailDiffers || phoneDiffers) {
    reasons.push('the contact on the order does not match the directory');
  }
  return reasons;
}

/** Where a case stands on out-of-band verification, as the sign-off rules need it. */
export interface VerificationStatus {
  /** Why a second person's call-back is needed; empty when it is not. */
  secondPersonReasons: string[];
  /** A second person confirmed the order with the authority. */
  confirmed: boolean;
  /** A second person was told the authority did not issue the order. */
  denied: boolean;
}

export const NO_VERIFICATION_NEEDED: VerificationStatus = {
  secondPersonReasons: [],
  confirmed: false,
  denied: false,
};

/** Call-backs that went to a number of record; any other proves nothing about the order. */
function toNumbersOfRecord(
  order: Order,
  entry: DirectoryAuthority | undefined,
  verifications: readonly CaseVerification[],
): CaseVerification[] {
  return verifications.filter((v) => callBackContactProblem(order, entry, v) === undefined);
}

export function verificationStatus(
  order: Order,
  directory: AuthorityDirectory,
  verifications: readonly CaseVerification[],
): VerificationStatus {
  const entry = findDirectoryAuthority(directory, order.authority);
  const counted = toNumbersOfRecord(order, entry, verifications).filter((v) => v.secondPerson);
  return {
    secondPersonReasons: secondPersonVerificationReasons(order, directory),
    confirmed: counted.some((v) => v.outcome === 'confirmed'),
    denied: counted.some((v) => v.outcome === 'denied'),
  };
}

/** The call-backs the engine's authenticity check may count: only those of a second person. */
export function engineVerifications(
  order: Order,
  directory: AuthorityDirectory,
  verifications: readonly CaseVerification[],
): AuthorityVerification[] {
  const entry = findDirectoryAuthority(directory, order.authority);
  return verifications
    .filter((v) => v.secondPerson)
    .map((v) => ({
      orderReference: order.reference,
      ...(entry ? { directoryEntryId: entry.id } : {}),
      channel: v.channel,
      contactUsed: v.contactUsed,
      source: v.source,
      ...(v.sourceReference ? { sourceReference: v.sourceReference } : {}),
      verifiedAt: v.verifiedAt,
      verifiedBy: `${v.calledBy}, who reached ${v.contactName}`,
      outcome: v.outcome,
      ...(v.note ? { note: v.note } : {}),
    }));
}

/** Why a recorded call-back does not count for the case, in words; undefined when it does. */
export function callBackNotCounted(
  order: Order,
  directory: AuthorityDirectory,
  verification: CaseVerification,
): string | undefined {
  if (!verification.secondPerson) return 'recorded by the case’s own reviewer';
  const entry = findDirectoryAuthority(directory, order.authority);
  const problem = callBackContactProblem(order, entry, verification);
  if (!problem) return undefined;
  return problem.kind === 'from_order'
    ? 'the number was taken from the order itself'
    : 'not a number of record';
}
