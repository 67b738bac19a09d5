import { z } from 'zod';
import { IsoDate } from '../dates';
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

export const Holiday = z
  .object({
    date: IsoDate,
    name: z.string().trim().min(1).max(200),
  })
  .strict();
export type Holiday = z.infer<typeof Holiday>;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The days on which a jurisdiction's authorities and courts work. Holidays are explicit dates,
 * not rules, because movable feasts, substitute days and one-off holidays are decided by each
 * state year by year; the coverage says for which years the list is complete.
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
    holidays: z.array(Holiday).max(400),
    coverage: z.object({ from: IsoDate, to: IsoDate }).strict(),
    sources: z.array(Source).min(1),
    note: z.string().trim().min(1).max(2000).optional(),
  })
  .strict()
  .superRefine((calendar, ctx) => {
    if (calendar.coverage.from > calendar.coverage.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['coverage'],
        message: 'coverage ends before it starts',
      });
    }
    calendar.holidays.forEach((holiday, i) => {
      if (holiday.date < calendar.coverage.from || holiday.date > calendar.coverage.to) {
        ctx.addIssue({
          code: 'custom',
          path: ['holidays', i, 'date'],
          message: `holiday ${holiday.date} lies outside the calendar's coverage`,
        });
      }
    });
  });
export type BusinessCalendar = z.infer<typeof BusinessCalendar>;
