import { z } from 'zod';
import { IsoDateTime } from './dates';
import { AuthorityDirectory } from './policy/authority-directory';
import { ENTRY_SECTIONS } from './policy/policy-changes-by-entry';
import { PolicyVersion } from './policy/policy-version';

/** A stored policy version: the policy document and the authority directory it was used with. */
export const PolicyRecord = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  createdAt: IsoDateTime,
  /** null for the versions seeded when the database was created. */
  createdByName: z.string().nullable(),
  /** The second administrator who approved its publication; null for seeded versions. */
  approvedByName: z.string().nullable(),
  basedOn: z.string().nullable(),
  /** In force now: the newest published version whose effective date has come. */
  current: z.boolean(),
  policy: PolicyVersion,
  authorityDirectory: AuthorityDirectory,
});
export type PolicyRecord = z.infer<typeof PolicyRecord>;

export const PolicyVersionSummary = PolicyRecord.omit({ policy: true, authorityDirectory: true });
export type PolicyVersionSummary = z.infer<typeof PolicyVersionSummary>;

/**
 * An admin's edit: always a proposed new version on top of the newest published one, never a
 * change to an old one. `basedOn` is the version the admin edited, so an edit made over
 * someone else's is refused. A second administrator publishes it.
 */
export const NewPolicyVersion = z
  .object({
    basedOn: z.string().min(1),
    policy: PolicyVersion,
    authorityDirectory: AuthorityDirectory,
  })
  .strict();
export type NewPolicyVersion = z.infer<typeof NewPolicyVersion>;

export const PROPOSAL_STATUSES = ['pending', 'published', 'rejected'] as const;

/** One changed field of a proposal, against the version it would replace. */
export const PolicyChange = z.object({
  path: z.string(),
  before: z.string().optional(),
  after: z.string().optional(),
});

/** One jurisdiction, authority or catalog category a version adds, removes or changes. */
export const PolicyEntryChange = z.object({
  section: z.enum(ENTRY_SECTIONS),
  key: z.string(),
  name: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  fields: z.array(PolicyChange),
});

/** A proposed version awaiting, or having had, a second administrator's decision. */
export const PolicyProposal = z.object({
  id: z.string(),
  version: z.string(),
  effectiveFrom: z.string(),
  basedOn: z.string(),
  proposedById: z.string(),
  proposedByName: z.string(),
  proposedAt: IsoDateTime,
  status: z.enum(PROPOSAL_STATUSES),
  decidedByName: z.string().nullable(),
  decidedAt: IsoDateTime.nullable(),
  comment: z.string().nullable(),
  /** Against `basedOn`: what publishing it would change. */
  changes: z.array(PolicyChange),
  /** The version in force when the proposal was read; null before any is in force. */
  inForce: z.string().nullable(),
  /** Against the version in force, entry by entry: what the publisher reads before approving. */
  changesFromInForce: z.array(PolicyEntryChange),
});
export type PolicyProposal = z.infer<typeof PolicyProposal>;

export const ProposalDecision = z
  .object({ comment: z.string().trim().max(2000).optional() })
  .strict();
export type ProposalDecision = z.infer<typeof ProposalDecision>;

export const ProposalRejection = z
  .object({ comment: z.string().trim().min(1, 'say why the proposal is rejected').max(2000) })
  .strict();
export type ProposalRejection = z.infer<typeof ProposalRejection>;
