import { z } from 'zod';
import { IsoDateTime } from './dates';

/** The deadline that governs a case, with the one that does not shown beside it as context. */
export const CaseDeadline = z.object({
  /** The earlier of the two: what the queue sorts and warns by. */
  dueAt: IsoDateTime,
  governedBy: z.enum(['policy', 'authority']),
  /** By the route's deadline rule under the policy in force at intake. */
  policyDueAt: IsoDateTime,
  /** What the authority's order asks for, if it states a date. */
  authorityRespondBy: IsoDateTime.nullable(),
});
export type CaseDeadline = z.infer<typeof CaseDeadline>;

/** The earlier of the policy's due date and the authority's own; the policy's on a tie. */
export function governingDeadline(
  policyDueAt: string,
  authorityRespondBy: string | null | undefined,
): CaseDeadline {
  const policy = new Date(policyDueAt).toISOString();
  if (!authorityRespondBy) {
    return { dueAt: policy, governedBy: 'policy', policyDueAt: policy, authorityRespondBy: null };
  }
  const authority = new Date(authorityRespondBy).toISOString();
  const authorityFirst = Date.parse(authority) < Date.parse(policy);
  return {
    dueAt: authorityFirst ? authority : policy,
    governedBy: authorityFirst ? 'authority' : 'policy',
    policyDueAt: policy,
    authorityRespondBy: authority,
  };
}
