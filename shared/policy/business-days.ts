/**
 * Date arithmetic on calendar dates (YYYY-MM-DD) and business days. Dates are handled as UTC
 * midnights so that the arithmetic never depends on the machine's own time zone.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** What business-day arithmetic needs of a calendar. */
export interface WorkingDays {
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekendDays: readonly number[];
  /** Whether the calendar date (YYYY-MM-DD) is a holiday, in whichever year it falls. */
  isHoliday(isoDate: string): boolean;
}

/** Working days with a fixed list of holidays. */
export function fixedWorkingDays(
  weekendDays: readonly number[],
  holidays: readonly { readonly date: string; readonly name?: string }[],
): WorkingDays {
  const dates = new Set(holidays.map((h) => h.date));
  return { weekendDays, isHoliday: (isoDate) => dates.has(isoDate.slice(0, 10)) };
}

function toEpochDay(isoDate: string): number {
  const ms = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`"${isoDate}" is not a calendar date`);
  return Math.round(ms / DAY_MS);
}

function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(isoDate: string): number {
  return new Date(toEpochDay(isoDate) * DAY_MS).getUTCDay();
}

export function calendarDaysAdd(isoDate: string, days: number): string {
  return fromEpochDay(toEpochDay(isoDate) + days);
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function isHoliday(isoDate: string, calendar: WorkingDays): boolean {
  return calendar.isHoliday(isoDate.slice(0, 10));
}

export function isBusinessDay(isoDate: string, calendar: WorkingDays): boolean {
  return !calendar.weekendDays.includes(weekday(isoDate)) && !isHoliday(isoDate, calendar);
}

function assertHasWorkingDays(calendar: WorkingDays): void {
  if (new Set(calendar.weekendDays).size >= 7) {
    throw new RangeError('a calendar whose every weekday is a weekend day has no business days');
  }
}

/** The first business day strictly after `isoDate`. */
export function nextBusinessDay(isoDate: string, calendar: WorkingDays): string {
  return businessDaysAdd(isoDate, 1, calendar);
}

/** `isoDate` itself when it is a business day, else the next one. */
export function onOrNextBusinessDay(isoDate: string, calendar: WorkingDays): string {
  return isBusinessDay(isoDate, calendar)
    ? isoDate.slice(0, 10)
    : nextBusinessDay(isoDate, calendar);
}

/**
 * The `n`th business day after `isoDate` (before it, for negative `n`). The start date itself is
 * never counted, as in the usual rule that a period begins on the day after the event; `n = 0`
 * returns the start date unchanged.
 */
export function businessDaysAdd(isoDate: string, n: number, calendar: WorkingDays): string {
  if (!Number.isInteger(n)) throw new RangeError(`business days must be a whole number, not ${n}`);
  assertHasWorkingDays(calendar);
  const weekend = new Set(calendar.weekendDays);
  const step = n < 0 ? -1 : 1;
  let day = toEpochDay(isoDate);
  let remaining = Math.abs(n);
  while (remaining > 0) {
    day += step;
    const date = fromEpochDay(day);
    if (!weekend.has(new Date(day * DAY_MS).getUTCDay()) && !calendar.isHoliday(date))
      remaining -= 1;
  }
  return fromEpochDay(day);
}

/** Business days in the half-open span (from, to]; negative when `to` is before `from`. */
export function businessDaysBetween(from: string, to: string, calendar: WorkingDays): number {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) {
    if (isBusinessDay(fromEpochDay(day), calendar)) count += 1;
  }
  return sign * count;
}

/** Building a formatter costs far more than using one; a deadline run uses a handful of zones. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date of an instant in a time zone, e.g. 2026-12-24T23:30:00Z in Paris → 2026-12-25. */
export function localDate(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`"${instant}" is not an instant`);
  const parts = dayFormat(timeZone).formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
