import { z } from 'zod';
import { IsoDateTime } from '../dates';
import { DISCLOSABLE_CATEGORIES } from '../order';
import { TargetAnswer } from './subscriber-data';

export const MANIFEST_FORMAT = 'disclosure-desk/disclosure-package@1';

/**
 * The machine-readable half of a disclosure package. The letter is hashed here; the manifest
 * itself is hashed by the case service and the hash shown wherever the package is.
 */
export const DisclosureManifest = z.object({
  format: z.literal(MANIFEST_FORMAT),
  caseId: z.string(),
  orderReference: z.string(),
  caseNumber: z.string().nullable(),
  authority: z.object({ name: z.string(), country: z.string(), kind: z.string() }),
  policyVersion: z.string().nullable(),
  reviewerName: z.string(),
  approverName: z.string(),
  approvedAt: IsoDateTime,
  generatedAt: IsoDateTime,
  /** Exactly the approved items, one per target and category. */
  approved: z.array(
    z.object({
      target: z.string(),
      category: z.enum(DISCLOSABLE_CATEGORIES),
      window: z.object({ from: IsoDateTime, to: IsoDateTime }).nullable(),
    }),
  ),
  answers: z.array(TargetAnswer),
  parts: z.array(z.object({ name: z.string(), contentType: z.string(), sha256: z.string() })),
  /** SHA-256 of the canonical JSON of `answers`: the released values on their own. */
  answersSha256: z.string(),
});
export type DisclosureManifest = z.infer<typeof DisclosureManifest>;

/** What a supervisor sees on opening the package: the values, and the hashes to check. */
export const DisclosurePackageView = z.object({
  manifest: DisclosureManifest,
  manifestSha256: z.string(),
  letterSha256: z.string(),
});
export type DisclosurePackageView = z.infer<typeof DisclosurePackageView>;

export const PACKAGE_FILES = {
  manifest: { name: 'manifest.json', contentType: 'application/json' },
  letter: { name: 'letter.pdf', contentType: 'application/pdf' },
} as const;
export type PackageFile = keyof typeof PACKAGE_FILES;
