import { z } from 'zod';
import { IsoDateTime } from '../dates';
import { DATA_CATEGORIES, TARGET_STATUSES } from '../order';
import { CHECK_KEYS, CHECK_RESULTS, type CheckResult } from '../review';

/** The review's checks plus the deadline, which the engine computes but nobody signs off. */
export const ENGINE_CHECK_KEYS = [...CHECK_KEYS, 'deadline'] as const;
export type EngineCheckKey = (typeof ENGINE_CHECK_KEYS)[number];

const detailBase = {
  result: z.enum(CHECK_RESULTS),
  reason: z.string().min(1),
  rule: z.string().min(1),
};

export const TargetDetail = z
  .object({
    kind: z.literal('target'),
    /** The target's key, as decisions use it. */
    target: z.string(),
    identifier: z.string(),
    status: z.enum(TARGET_STATUSES),
    /** False for a display name or any other identifier that matches no account for certain. */
    exactIdentifier: z.boolean().default(true),
    ...detailBase,
  })
  .strict();

export const OffenceDetail = z
  .object({
    kind: z.literal('offence'),
    /** Position in the order's list of offences, from 1. */
    number: z.number().int().min(1),
    description: z.string(),
    /** The catalog category the offence was mapped to, if any. */
    category: z.string().nullable(),
    classifiedBy: z.enum(['code', 'keywords', 'none']),
    matchedKeywords: z.array(z.string()),
    ...detailBase,
  })
  .strict();

export const CategoryDetail = z
  .object({
    kind: z.literal('category'),
    category: z.enum(DATA_CATEGORIES),
    ...detailBase,
  })
  .strict();

/** Where to call back: the directory's contact, never the order's. */
export const CallBackDetail = z
  .object({
    kind: z.literal('call_back'),
    directoryEntryId: z.string(),
    authorityName: z.string(),
    phone: z.string().optional(),
    email: z.string().optional(),
    demo: z.boolean(),
    ...detailBase,
  })
  .strict();

export type TargetDetail = z.infer<typeof TargetDetail>;
export type OffenceDetail = z.infer<typeof OffenceDetail>;
export type CategoryDetail = z.infer<typeof CategoryDetail>;
export type CallBackDetail = z.infer<typeof CallBackDetail>;

export const CheckDetail = z.discriminatedUnion('kind', [
  TargetDetail,
  OffenceDetail,
  CategoryDetail,
  CallBackDetail,
]);
export type CheckDetail = z.infer<typeof CheckDetail>;

export const CheckVerdict = z
  .object({
    check: z.enum(ENGINE_CHECK_KEYS),
    result: z.enum(CHECK_RESULTS),
    /** A sentence a lawyer can read and cite. */
    reason: z.string().min(1),
    /** The id of the policy rule that produced the result. */
    rule: z.string().min(1),
    policyVersion: z.string(),
    details: z.array(CheckDetail),
    /**
     * False where the policy itself forbids disclosure (a jurisdiction not answered, protected
     * speech): no reviewer's override can turn such a failure into grounds for disclosure.
     * Verdicts stored before this field existed read as overridable.
     */
    overridable: z.boolean().default(true),
  })
  .strict();
export type CheckVerdict = z.infer<typeof CheckVerdict>;

export const Verdict = z
  .object({
    orderReference: z.string(),
    policyVersion: z.string(),
    evaluatedAt: z.string(),
    checks: z
      .object(
        Object.fromEntries(ENGINE_CHECK_KEYS.map((k) => [k, CheckVerdict])) as Record<
          EngineCheckKey,
          typeof CheckVerdict
        >,
      )
      .strict(),
    /** When the answer is due, by the route's deadline rule. */
    dueAt: IsoDateTime,
    isOverdue: z.boolean(),
    dueWithin24h: z.boolean(),
  })
  .strict();
export type Verdict = z.infer<typeof Verdict>;

/** What a verdict contributes to the review form: one result per check, deadline aside. */
export function verdictResults(verdict: Verdict): Record<EngineCheckKey, CheckResult> {
  return Object.fromEntries(ENGINE_CHECK_KEYS.map((k) => [k, verdict.checks[k].result])) as Record<
    EngineCheckKey,
    CheckResult
  >;
}
