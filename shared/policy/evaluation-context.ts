import { z } from 'zod';
import { IsoDateTime } from '../dates';
import { AuthorityDirectory } from './authority-directory';
import { CALL_BACK_SOURCES } from './numbers-of-record';

export const VERIFICATION_OUTCOMES = ['confirmed', 'denied'] as const;

/**
 * A call-back a reviewer made and recorded: who was called, how, and what they said. It only
 * counts for the order it names and only through a number of record: the directory's, or one
 * found independently of the order whose source is recorded.
 */
export const AuthorityVerification = z
  .object({
    orderReference: z.string().min(1),
    /** The directory entry of the order's authority; absent when the directory has none. */
    directoryEntryId: z.string().min(1).optional(),
    channel: z.enum(['phone', 'email']),
    /** The number or address actually used. */
    contactUsed: z.string().min(1),
    /** Where that number was found; without one, the directory is meant. */
    source: z.enum(CALL_BACK_SOURCES).optional(),
    /** The web page or registry entry an independently found number comes from. */
    sourceReference: z.string().trim().max(500).optional(),
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
