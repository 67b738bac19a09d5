import { z } from 'zod';
import { isCountryCode } from '../countries';
import { IsoDate } from '../dates';
import { fixedWorkingDays, type WorkingDays } from './business-days';
import { publicHolidaySpecProblem, publicHolidaysIn } from './public-holidays';
import { RuleId, Source } from './source';

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const HolidayName = z.string().trim().min(1).max(200);

/** A day off by date: a court holiday or a correction the holiday data set cannot know. */
export const Holiday = z
  .object({
    date: IsoDate,
    name: HolidayName,
    /** Why the day is off; every day listed beside computed public holidays cites one. */
    source: Source.optional(),
  })
  .strict();
export type Holiday = z.infer<typeof Holiday>;

/** A day the data set lists as a public holiday on which the authorities work anyway. */
export const OpenDay = z.object({ date: IsoDate, name: HolidayName, source: Source }).strict();
export type OpenDay = z.infer<typeof OpenDay>;

/** A recurring holiday added to, or removed from, the data set's rules, in its rule grammar. */
export const HolidayRuleChange = z
  .object({
    rule: z.string().trim().min(1).max(200),
    name: HolidayName,
    source: Source,
  })
  .strict();
export type HolidayRuleChange = z.infer<typeof HolidayRuleChange>;

/**
 * Public holidays computed for any year from the maintained `date-holidays` data set (movable
 * feasts, substitute days, lunar and Islamic calendars), for a country or one of its regions.
 */
export const PublicHolidays = z
  .object({
    country: z
      .string()
      .refine(isCountryCode, 'expected an ISO 3166-1 alpha-2 country code such as FR'),
    /** The region whose holidays the authorities keep, e.g. ACT for Canberra. */
    subdivision: z
      .string()
      .regex(/^[A-Z0-9]{1,3}$/, 'expected a region code such as ACT')
      .optional(),
    added: z.array(HolidayRuleChange).max(50),
    removed: z.array(HolidayRuleChange).max(50),
  })
  .strict()
  .superRefine((spec, ctx) => {
    if (!isCountryCode(spec.country)) return;
    const problem = publicHolidaySpecProblem(spec);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
export type PublicHolidays = z.infer<typeof PublicHolidays>;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The days on which a jurisdiction's authorities and courts work. Public holidays are computed
 * for any year from the holiday data set; the policy itself lists only what the data set cannot
 * know — court holidays and corrections — each with its source. A calendar without computed
 * public holidays lists every holiday by date, and its coverage says for which years the list
 * is complete (versions saved before holidays were computed are of that kind).
 */
export const BusinessCalendar = z
  .object({
    id: RuleId,
    /** IANA zone used to tell on which local day an order arrived. */
    timeZone: z.string().refine(isTimeZone, 'expected an IANA time zone such as Europe/Paris'),
    /** 0 = Sunday … 6 = Saturday. */
    weekendDays: z
      .array(z.number().int().min(0).max(6))
      .max(6, 'a calendar needs at least one working weekday')
      .refine((days) => new Set(days).size === days.length, 'a weekend day is listed twice'),
    publicHolidays: PublicHolidays.optional(),
    holidays: z.array(Holiday).max(400),
    openDays: z.array(OpenDay).max(100).optional(),
    coverage: z.object({ from: IsoDate, to: IsoDate }).strict().optional(),
    sources: z.array(Source).min(1),
    note: z.string().trim().min(1).max(2000).optional(),
  })
  .strict()
  .superRefine((calendar, ctx) => {
    const { coverage } = calendar;
    if (coverage && coverage.from > coverage.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['coverage'],
        message: 'coverage ends before it starts',
      });
    }
    calendar.holidays.forEach((holiday, i) => {
      if (coverage && (holiday.date < coverage.from || holiday.date > coverage.to)) {
        ctx.addIssue({
          code: 'custom',
          path: ['holidays', i, 'date'],
          message: `holiday ${holiday.date} lies outside the calendar's coverage`,
        });
      }
      if (calendar.publicHolidays && !holiday.source) {
        ctx.addIssue({
          code: 'custom',
          path: ['holidays', i, 'source'],
          message: 'a day listed beside the computed public holidays cites its source',
        });
      }
    });
    if (!calendar.publicHolidays && !coverage) {
      ctx.addIssue({
        code: 'custom',
        path: ['coverage'],
        message: 'a calendar that lists its holidays by date says for which years the list holds',
      });
    }
  });
export type BusinessCalendar = z.infer<typeof BusinessCalendar>;

/** Every day off of a year: computed public holidays, less the open days, plus listed ones. */
export function holidaysIn(calendar: BusinessCalendar, year: number): Holiday[] {
  const open = new Set((calendar.openDays ?? []).map((d) => d.date));
  const computed = calendar.publicHolidays
    ? publicHolidaysIn(calendar.publicHolidays, year).filter((h) => !open.has(h.date))
    : [];
  const listed = calendar.holidays.filter((h) => h.date.startsWith(`${year}-`));
  return [...computed, ...listed].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The calendar as business-day arithmetic reads it, year by year as dates are asked about. */
export function workingDaysOf(calendar: BusinessCalendar): WorkingDays {
  if (!calendar.publicHolidays) return fixedWorkingDays(calendar.weekendDays, calendar.holidays);
  const byYear = new Map<number, Set<string>>();
  return {
    weekendDays: calendar.weekendDays,
    isHoliday: (isoDate) => {
      const year = Number(isoDate.slice(0, 4));
      let days = byYear.get(year);
      if (!days) {
        days = new Set(holidaysIn(calendar, year).map((h) => h.date));
        byYear.set(year, days);
      }
      return days.has(isoDate.slice(0, 10));
    },
  };
}
