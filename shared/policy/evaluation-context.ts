import { z } from 'zod';
import { IsoDateTime } from '../dates';
import { AuthorityDirectory } from './authority-directory';

export const VERIFICATION_OUTCOMES = ['confirmed', 'denied'] as const;

/**
 * A call-back a reviewer made and recorded: who was called, how, and what they said. It only
 * counts for the order it names and only through the directory's own contact.
 */
export const AuthorityVerification = z
  .object({
    orderReference: z.string().min(1),
    directoryEntryId: z.string().min(1),
    channel: z.enum(['phone', 'email']),
    /** The number or address actually used. */
    contactUsed: z.string().min(1),
    verifiedAt: IsoDateTime,
    verifiedBy: z.string().trim().min(1).max(200),
    outcome: z.enum(VERIFICATION_OUTCOMES),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type AuthorityVerification = z.infer<typeof AuthorityVerification>;

export const EvaluationContext = z
  .object({
    /** The instant the verdict is for: deadlines are judged against it. */
    now: IsoDateTime,
    authorityDirectory: AuthorityDirectory,
    verifications: z.array(AuthorityVerification).optional(),
  })
  .strict();
export type EvaluationContext = z.infer<typeof EvaluationContext>;
