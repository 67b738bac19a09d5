import { z } from 'zod';
import { isCountryCode } from '../countries';
import { IsoDate } from '../dates';
import { AUTHORITY_KINDS, DATA_CATEGORIES, INSTRUMENTS, ROUTES } from '../order';
import { BusinessCalendar } from './business-calendar';
import { Rule, RuleId, Source } from './source';

export const DEADLINE_UNITS = ['calendar_days', 'business_days', 'hours'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** How long the platform has to answer an order on a route, and in an emergency. */
export const DeadlineRule = Rule.extend({
  unit: z.enum(DEADLINE_UNITS),
  amount: z.number().int().min(1).max(366),
  emergencyHours: z.number().int().min(1).max(720),
  /**
   * Whether a period in calendar days that ends on a non-business day moves to the next
   * business day. Leaving it off gives a due date that is never later than the legal one.
   */
  rollForward: z.boolean(),
}).strict();
export type DeadlineRule = z.infer<typeof DeadlineRule>;

/**
 * What one kind of issuer can reach on a route, where that is narrower than the route itself:
 * on the e-Evidence route a prosecutor reaches subscriber data and identifying IP addresses only.
 */
export const IssuerLimit = Rule.extend({
  kinds: z.array(z.enum(AUTHORITY_KINDS)).min(1),
  dataCategories: z.array(z.enum(DATA_CATEGORIES)),
  /** Categories this issuer reaches only under a condition the reviewer must confirm. */
  conditions: z.array(
    z.object({ category: z.enum(DATA_CATEGORIES), text: z.string().trim().min(1) }).strict(),
  ),
}).strict();
export type IssuerLimit = z.infer<typeof IssuerLimit>;

/** A route accepted from one jurisdiction and what it requires. */
export const RouteRule = Rule.extend({
  route: z.enum(ROUTES),
  /** Instruments that suffice on this route. */
  instruments: z.array(z.enum(INSTRUMENTS)).min(1),
  /** Kinds of authority that may issue orders on this route. */
  authorityKinds: z.array(z.enum(AUTHORITY_KINDS)).min(1),
  /** Data categories the route can reach at all. */
  dataCategories: z.array(z.enum(DATA_CATEGORIES)).min(1),
  issuerLimits: z.array(IssuerLimit),
  /** Orders received before this date cannot use the route. */
  availableFrom: IsoDate.optional(),
  /** Narrower than the policy's own maximum IP window, where the route demands it. */
  maxIpWindowDays: z.number().int().min(1).max(3660).optional(),
  deadline: DeadlineRule,
}).strict();
export type RouteRule = z.infer<typeof RouteRule>;

const country = z
  .string()
  .refine(isCountryCode, 'expected an ISO 3166-1 alpha-2 country code such as FR');

const AnsweredProfile = z
  .object({
    status: z.literal('answered'),
    country,
    id: RuleId,
    routes: z.array(RouteRule).min(1, 'an answered jurisdiction accepts at least one route'),
    calendar: BusinessCalendar,
    note: z.string().trim().min(1).max(4000).optional(),
  })
  .strict()
  .superRefine((profile, ctx) => {
    const seen = new Set<string>();
    profile.routes.forEach((r, i) => {
      if (seen.has(r.route)) {
        ctx.addIssue({
          code: 'custom',
          path: ['routes', i, 'route'],
          message: `route ${r.route} is listed twice for ${profile.country}`,
        });
      }
      seen.add(r.route);
    });
  });

const NotAnsweredProfile = z
  .object({
    status: z.literal('not_answered'),
    country,
    id: RuleId,
    /** Why the platform does not answer, in a sentence that can go into a refusal letter. */
    reason: z.string().trim().min(1).max(4000),
    sources: z.array(Source).min(1),
    note: z.string().trim().min(1).max(4000).optional(),
  })
  .strict();

export const JurisdictionProfile = z.discriminatedUnion('status', [
  AnsweredProfile,
  NotAnsweredProfile,
]);
export type JurisdictionProfile = z.infer<typeof JurisdictionProfile>;
export type AnsweredJurisdiction = z.infer<typeof AnsweredProfile>;
export type UnansweredJurisdiction = z.infer<typeof NotAnsweredProfile>;
