import { z } from 'zod';
import { IsoDateTime } from './dates';
import { AuthorityDirectory } from './policy/authority-directory';
import { PolicyVersion } from './policy/policy-version';

/** A stored policy version: the policy document and the authority directory it was used with. */
export const PolicyRecord = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  createdAt: IsoDateTime,
  /** null for the versions seeded when the database was created. */
  createdByName: z.string().nullable(),
  basedOn: z.string().nullable(),
  current: z.boolean(),
  policy: PolicyVersion,
  authorityDirectory: AuthorityDirectory,
});
export type PolicyRecord = z.infer<typeof PolicyRecord>;

export const PolicyVersionSummary = PolicyRecord.omit({ policy: true, authorityDirectory: true });
export type PolicyVersionSummary = z.infer<typeof PolicyVersionSummary>;

/**
 * An admin's edit: always a new version on top of the current one, never a change to an old one.
 * `basedOn` is the version the admin edited, so an edit made over someone else's is refused.
 */
export const NewPolicyVersion = z
  .object({
    basedOn: z.string().min(1),
    policy: PolicyVersion,
    authorityDirectory: AuthorityDirectory,
  })
  .strict();
export type NewPolicyVersion = z.infer<typeof NewPolicyVersion>;
