import { z } from 'zod';
import { IsoDate } from '../dates';
import { DATA_CATEGORIES, INSTRUMENTS, ROUTES, TARGET_STATUSES, type Instrument } from '../order';
import { BusinessCalendar } from './business-calendar';
import { DeadlineRule, JurisdictionProfile } from './jurisdiction-profile';
import { PublicSource, Rule, RuleId } from './source';
import { TosCatalog } from './tos-catalog';

export const POLICY_FORMAT = 'disclosure-desk/policy@1';

export const INSTRUMENT_CLASSES = [
  /** Issued by a judge: sufficient wherever the route accepts it. */
  'judicial',
  /** Sufficient only on the routes it names, e.g. a European Production Order. */
  'route_specific',
  /** Never sufficient: police requests, subpoenas without a judge, letters, emails. */
  'not_judicial',
  /** Claims urgency instead of judicial authority: always for a reviewer, never a pass. */
  'emergency',
  /** Cannot be classified without reading the document. */
  'unknown',
] as const;
export type InstrumentClass = (typeof INSTRUMENT_CLASSES)[number];

export const InstrumentRule = Rule.extend({
  class: z.enum(INSTRUMENT_CLASSES),
  routes: z.array(z.enum(ROUTES)).optional(),
})
  .strict()
  .refine((r) => r.class !== 'route_specific' || (r.routes?.length ?? 0) > 0, {
    message: 'a route-specific instrument names the routes it is valid on',
    path: ['routes'],
  });
export type InstrumentRule = z.infer<typeof InstrumentRule>;

export const BaselineRule = z
  .object({ id: RuleId, text: z.string().trim().min(1).max(4000), source: PublicSource })
  .strict();

const QualifyingOffences = z.discriminatedUnion('kind', [
  /** Any catalogued ToS violation is grounds for disclosure. */
  z.object({ kind: z.literal('any_violation') }).strict(),
  /** Only these catalogued violations are grounds (the 2018 policy: terrorism only). */
  z.object({ kind: z.literal('listed'), categories: z.array(z.string()).min(1) }).strict(),
]);

export const PolicyVersion = z
  .object({
    format: z.literal(POLICY_FORMAT),
    version: z
      .string()
      .regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/, 'expected a version such as 2024-09-23'),
    effectiveFrom: IsoDate,
    title: z.string().trim().min(1).max(300),
    baselineRule: BaselineRule,
    instruments: z
      .object(
        Object.fromEntries(INSTRUMENTS.map((i) => [i, InstrumentRule])) as Record<
          Instrument,
          typeof InstrumentRule
        >,
      )
      .strict(),
    suspect: Rule.extend({ qualifyingStatuses: z.array(z.enum(TARGET_STATUSES)).min(1) }).strict(),
    offences: Rule.extend({ qualifying: QualifyingOffences }).strict(),
    scope: Rule.extend({
      disclosableCategories: z.array(z.enum(DATA_CATEGORIES)).min(1),
      /** Categories that may be disclosed only inside the time window the order names. */
      windowedCategories: z.array(z.enum(DATA_CATEGORIES)),
      ipWindow: Rule.extend({ maxDays: z.number().int().min(1).max(3660) }).strict(),
    }).strict(),
    authenticity: Rule,
    /** What applies to a jurisdiction the policy has no profile for. */
    unprofiledJurisdiction: Rule,
    /** Deadline and calendar when neither the profile nor the route gives one. */
    defaultDeadline: DeadlineRule,
    defaultCalendar: BusinessCalendar,
    jurisdictions: z.array(JurisdictionProfile).min(1),
    tosCatalog: TosCatalog,
    note: z.string().trim().min(1).max(4000).optional(),
  })
  .strict()
  .superRefine((policy, ctx) => {
    const countries = new Set<string>();
    policy.jurisdictions.forEach((j, i) => {
      if (countries.has(j.country)) {
        ctx.addIssue({
          code: 'custom',
          path: ['jurisdictions', i, 'country'],
          message: `${j.country} has two profiles`,
        });
      }
      countries.add(j.country);
    });
    if (policy.offences.qualifying.kind === 'listed') {
      const codes = new Set(policy.tosCatalog.categories.map((c) => c.code));
      policy.offences.qualifying.categories.forEach((code, i) => {
        const category = policy.tosCatalog.categories.find((c) => c.code === code);
        if (!codes.has(code) || category?.status !== 'violation') {
          ctx.addIssue({
            code: 'custom',
            path: ['offences', 'qualifying', 'categories', i],
            message: `${code} is not a violation category of the catalog`,
          });
        }
      });
    }
  });
export type PolicyVersion = z.infer<typeof PolicyVersion>;

/** The newest version already in force at `at` (an ISO date or instant), if any. */
export function policyInForce(
  versions: readonly PolicyVersion[],
  at: string,
): PolicyVersion | undefined {
  const day = at.slice(0, 10);
  return [...versions]
    .filter((v) => v.effectiveFrom <= day)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}
