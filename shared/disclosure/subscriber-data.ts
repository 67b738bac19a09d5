import { z } from 'zod';
import { IsoDateTime } from '../dates';
import { Delivery } from './delivery';

/** What the subscriber directory said about one approved target. */
export const LOOKUP_RESULTS = ['found', 'no_such_account', 'no_data_in_window'] as const;
export type LookupResult = (typeof LOOKUP_RESULTS)[number];

export const LOOKUP_RESULT_LABELS: Record<LookupResult, string> = {
  found: 'Data found',
  no_such_account: 'No such account',
  no_data_in_window: 'No data in the approved window',
};

export const IpSighting = z.object({ address: z.string(), seenAt: IsoDateTime });
export type IpSighting = z.infer<typeof IpSighting>;

/**
 * The subscriber data released for one target: only what the approval covered. These values
 * travel only to a user who opens the package; they are never mirrored on a workstation.
 */
export const TargetAnswer = z.object({
  target: z.string(),
  result: z.enum(LOOKUP_RESULTS),
  phoneNumber: z.string().nullable(),
  ipAddresses: z.array(IpSighting),
});
export type TargetAnswer = z.infer<typeof TargetAnswer>;

/**
 * What the directory says about one target, with the platform's own account id when the
 * target matched an account. The id stays with the case service, to count distinct accounts
 * in the transparency report: only a phone number and IP addresses may leave.
 */
export const DirectoryAnswer = TargetAnswer.extend({ accountId: z.string().nullable() });
export type DirectoryAnswer = z.infer<typeof DirectoryAnswer>;

/**
 * Exactly the fields an answer may release, whatever else the object carries: a directory
 * answer passes for a TargetAnswer in TypeScript, and would serialise its account id.
 */
export function releasedAnswer(answer: TargetAnswer): TargetAnswer {
  return {
    target: answer.target,
    result: answer.result,
    phoneNumber: answer.phoneNumber,
    ipAddresses: answer.ipAddresses.map((ip) => ({ address: ip.address, seenAt: ip.seenAt })),
  };
}

/** How much was found, without the values: what the case record and the mirror carry. */
export const LookupCounts = z.object({
  targets: z.number().int().nonnegative(),
  accountsFound: z.number().int().nonnegative(),
  phoneNumbers: z.number().int().nonnegative(),
  ipAddresses: z.number().int().nonnegative(),
  noSuchAccount: z.number().int().nonnegative(),
  noDataInWindow: z.number().int().nonnegative(),
});
export type LookupCounts = z.infer<typeof LookupCounts>;

export const PackageHashes = z.object({
  createdAt: IsoDateTime,
  /** The language of the response letter, e.g. "fr". */
  language: z.string(),
  manifestSha256: z.string(),
  letterSha256: z.string(),
});
export type PackageHashes = z.infer<typeof PackageHashes>;

/** A letter sent to the authority and kept on the case, with its hash. */
export const CaseLetter = z.object({
  id: z.string(),
  kind: z.enum(['refusal']),
  language: z.string(),
  createdAt: IsoDateTime,
  createdByName: z.string(),
  sha256: z.string(),
});
export type CaseLetter = z.infer<typeof CaseLetter>;

/** Where a case stands after approval: lookup, package and delivery, without any value. */
export const DisclosureProgress = z.object({
  lookedUpAt: IsoDateTime.nullable(),
  lookedUpByName: z.string().nullable(),
  counts: LookupCounts.nullable(),
  package: PackageHashes.nullable(),
  delivery: Delivery.nullable(),
  /** Letters logged on the case (a refusal's), newest last. */
  letters: z.array(CaseLetter).optional(),
});
export type DisclosureProgress = z.infer<typeof DisclosureProgress>;

export function countAnswers(answers: readonly TargetAnswer[]): LookupCounts {
  return {
    targets: answers.length,
    accountsFound: answers.filter((a) => a.result === 'found').length,
    phoneNumbers: answers.filter((a) => a.phoneNumber !== null).length,
    ipAddresses: answers.reduce((n, a) => n + a.ipAddresses.length, 0),
    noSuchAccount: answers.filter((a) => a.result === 'no_such_account').length,
    noDataInWindow: answers.filter((a) => a.result === 'no_data_in_window').length,
  };
}
