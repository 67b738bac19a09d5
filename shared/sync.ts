import { z } from 'zod';
import { CaseDetail } from './case-record';
import { ApiError } from './errors';

/**
 * One queued user action as it travels from a workstation's outbox. `args` stays unknown at
 * the envelope: the server checks it against the named mutation's schema one by one, so a
 * corrupted entry is refused on its own instead of failing the whole batch.
 */
export const PushedMutation = z
  .object({
    seq: z.number().int().positive(),
    name: z.string().min(1).max(100),
    args: z.unknown(),
  })
  .strict();
export type PushedMutation = z.infer<typeof PushedMutation>;

/** The most a single push carries; the client sends a longer outbox in several pushes. */
export const MAX_PUSH_BATCH = 200;

export const PushRequest = z
  .object({
    /** Identifies one outbox on one workstation; bound to the user on its first push. */
    clientId: z.uuid(),
    mutations: z
      .array(PushedMutation)
      .max(MAX_PUSH_BATCH)
      .refine(
        (list) => list.every((m, i) => i === 0 || m.seq > (list[i - 1]?.seq ?? 0)),
        'mutations must be in ascending seq order',
      ),
  })
  .strict();
export type PushRequest = z.infer<typeof PushRequest>;

/**
 * What became of one mutation. `replayed`: the server had already decided this seq in an
 * earlier delivery and reports that decision again instead of applying it twice.
 */
export const PushAck = z.discriminatedUnion('status', [
  z.object({
    seq: z.number().int(),
    status: z.literal('applied'),
    replayed: z.boolean(),
    caseId: z.string().nullable(),
    /** The case as the server has it after this mutation; absent on a replay. */
    case: CaseDetail.nullable(),
  }),
  z.object({
    seq: z.number().int(),
    status: z.literal('refused'),
    replayed: z.boolean(),
    caseId: z.string().nullable(),
    error: ApiError,
  }),
]);
export type PushAck = z.infer<typeof PushAck>;

export const PushResponse = z.object({
  acks: z.array(PushAck),
  /**
   * The mutation the server stopped at without deciding it, and why: a sign-off or approval
   * that needs the user's password first. It and everything after it stay in the outbox.
   */
  blocked: z.object({ seq: z.number().int(), error: ApiError }).nullable(),
});
export type PushResponse = z.infer<typeof PushResponse>;
