import Holidays from 'date-holidays';

/** One day off, as the business-day arithmetic and the policy screen show it. */
export interface ComputedHoliday {
  date: string;
  name: string;
}

/** A change the policy makes to the library's rules, in the library's own rule grammar. */
export interface HolidayRuleChange {
  rule: string;
  name: string;
}

/** Which public holidays to take from the maintained `date-holidays` data set. */
export interface PublicHolidaySpec {
  country: string;
  subdivision?: string | undefined;
  added: readonly HolidayRuleChange[];
  removed: readonly HolidayRuleChange[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

function specKey(spec: PublicHolidaySpec): string {
  return JSON.stringify([spec.country, spec.subdivision ?? '', spec.added, spec.removed]);
}

function isoDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

const sources = new Map<string, Holidays>();
// Keyed by spec and year; a policy names few calendars and a deadline spans few years.
const years = new Map<string, ComputedHoliday[]>();

/**
 * The library instance for a spec, or why none can be built. Instances are cached: loading a
 * country's rules is the expensive part, and a policy names each calendar many times over.
 */
function holidaySource(spec: PublicHolidaySpec): Holidays | string {
  const key = specKey(spec);
  const cached = sources.get(key);
  if (cached) return cached;
  const catalog = new Holidays();
  if (!(spec.country in catalog.getCountries('en'))) {
    return `the holiday data set has no country ${spec.country}`;
  }
  if (spec.subdivision && !(spec.subdivision in (catalog.getStates(spec.country, 'en') ?? {}))) {
    return `the holiday data set has no region ${spec.subdivision} of ${spec.country}`;
  }
  const holidays = spec.subdivision
    ? new Holidays(spec.country, spec.subdivision, { types: ['public'] })
    : new Holidays(spec.country, { types: ['public'] });
  for (const change of spec.removed) {
    // The library's typings omit it, but `false` is how its documentation removes a rule.
    if (!holidays.setHoliday(change.rule, false as unknown as string)) {
      return `"${change.rule}" is not a holiday rule the data set understands`;
    }
  }
  for (const change of spec.added) {
    if (!holidays.setHoliday(change.rule, { name: change.name, type: 'public' })) {
      return `"${change.rule}" is not a holiday rule the data set understands`;
    }
  }
  sources.set(key, holidays);
  return holidays;
}

/** Why the spec cannot be computed, or null when it can. */
export function publicHolidaySpecProblem(spec: PublicHolidaySpec): string | null {
  const source = holidaySource(spec);
  return typeof source === 'string' ? source : null;
}

/**
 * The public holidays of a year, one entry per day off: a holiday lasting several days
 * (Eid al-Adha in Turkey, Chuseok in Korea) gives each of its whole days; a half day does not
 * count.
 */
export function publicHolidaysIn(spec: PublicHolidaySpec, year: number): ComputedHoliday[] {
  const key = `${specKey(spec)}:${year}`;
  const cached = years.get(key);
  if (cached) return cached;
  const source = holidaySource(spec);
  if (typeof source === 'string') throw new RangeError(source);
  const days: ComputedHoliday[] = [];
  for (const holiday of source.getHolidays(year, 'en')) {
    if (holiday.type !== 'public') continue;
    const first = Math.round(Date.parse(`${holiday.date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
    const hours = (holiday.end.getTime() - holiday.start.getTime()) / HOUR_MS;
    // Two hours of slack: a clock change inside a holiday does not cut a day from it.
    const length = Math.max(1, Math.floor((hours + 2) / 24));
    for (let day = 0; day < length; day++) {
      days.push({ date: isoDay(first + day), name: holiday.name });
    }
  }
  years.set(key, days);
  return days;
}
