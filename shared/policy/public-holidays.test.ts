import { describe, expect, it } from 'vitest';
import { BusinessCalendar, holidaysIn, workingDaysOf } from './business-calendar';
import { businessDaysAdd, isBusinessDay } from './business-days';
import { publicHolidaysIn } from './public-holidays';
import { POLICY_2024_09_23 } from './seed';

function calendarOf(country: string): BusinessCalendar {
  const profile = POLICY_2024_09_23.jurisdictions.find((j) => j.country === country);
  if (profile?.status !== 'answered') throw new Error(`${country} is not answered`);
  return profile.calendar;
}

function daysOff(country: string, year: number): string[] {
  return holidaysIn(calendarOf(country), year).map((h) => h.date);
}

describe('public holidays computed for any year', () => {
  it.each([
    // Easter Monday: Easter falls on 16 April 2028, 1 April 2029, 21 April 2030, 9 April 2034.
    ['FR', '2028-04-17', 'Easter Monday'],
    ['DE', '2029-04-02', 'Easter Monday'],
    ['AT', '2030-04-22', 'Easter Monday'],
    ['GB', '2034-04-10', 'Easter Monday'],
    // Whit Monday: fifty days after Easter.
    ['FR', '2028-06-05', 'Whit Monday'],
    ['DE', '2030-06-10', 'Whit Monday'],
    ['NL', '2029-05-21', 'Whit Monday'],
    ['BE', '2031-06-02', 'Whit Monday'],
    // National days, whatever the year.
    ['FR', '2028-07-14', 'Fête nationale'],
    ['DE', '2031-10-03', 'Day of German Unity'],
    ['IE', '2029-03-17', 'St Patrick’s Day'],
    ['PL', '2032-05-03', 'Constitution Day'],
    ['US', '2028-07-04', 'Independence Day'],
    ['BR', '2030-09-07', 'Independence Day'],
    ['IN', '2033-08-15', 'Independence Day'],
    ['ZA', '2029-04-27', 'Freedom Day'],
    // Rules that depend on the weekday or another calendar.
    ['US', '2028-11-23', 'Thanksgiving (fourth Thursday of November)'],
    ['GB', '2028-01-03', 'New Year’s Day, substitute for a Saturday'],
    ['GB', '2029-08-27', 'Summer bank holiday of England and Wales'],
    ['CY', '2028-04-17', 'Orthodox Easter Monday'],
    ['CY', '2029-05-28', 'Kataklysmos, a correction the policy adds'],
    ['CA', '2028-05-22', 'Victoria Day, a correction the policy adds'],
    ['KR', '2028-01-26', 'the eve of Seollal, a correction the policy makes'],
  ])('%s: %s is a day off (%s)', (country, date, _name) => {
    expect(daysOff(country, Number(date.slice(0, 4)))).toContain(date);
    expect(isBusinessDay(date, workingDaysOf(calendarOf(country)))).toBe(false);
  });

  it('counts each whole day of a holiday lasting several days, not its half-day eve', () => {
    const tr = daysOff('TR', 2026);
    // Kurban Bayramı 2026: 27 to 30 May; the eve, 26 May, is a half day.
    expect(tr).toEqual(
      expect.arrayContaining(['2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30']),
    );
    expect(tr).not.toContain('2026-05-26');
  });

  it('leaves out what the policy removes from the data set', () => {
    expect(daysOff('AE', 2026)).not.toContain('2026-01-16');
    expect(daysOff('AE', 2026)).toContain('2026-12-01');
  });

  it('keeps ordinary working days as business days', () => {
    const fr = workingDaysOf(calendarOf('FR'));
    expect(isBusinessDay('2028-04-18', fr)).toBe(true);
    // Thursday before Easter 2028 + 1 business day skips Good Friday? Not in France: Friday counts.
    expect(businessDaysAdd('2028-04-13', 1, fr)).toBe('2028-04-14');
    expect(businessDaysAdd('2028-04-14', 1, fr)).toBe('2028-04-18');
    const de = workingDaysOf(calendarOf('DE'));
    expect(businessDaysAdd('2028-04-13', 1, de)).toBe('2028-04-18');
  });

  it('adds a day listed by date, with its source, to the computed holidays', () => {
    const fr = calendarOf('FR');
    const withCourtHoliday: BusinessCalendar = BusinessCalendar.parse({
      ...fr,
      holidays: [
        { date: '2028-08-16', name: 'Court closure', source: { title: 'Order of the court' } },
      ],
      openDays: [{ date: '2028-05-08', name: 'Victory Day worked', source: { title: 'Decree' } }],
    });
    const days = holidaysIn(withCourtHoliday, 2028).map((h) => h.date);
    expect(days).toContain('2028-08-16');
    expect(days).not.toContain('2028-05-08');
    expect(days).toContain('2028-08-15');
  });

  it('refuses a calendar whose listed day has no source, or whose rule the data set cannot read', () => {
    const fr = calendarOf('FR');
    const unsourced = BusinessCalendar.safeParse({
      ...fr,
      holidays: [{ date: '2028-08-16', name: 'Court closure' }],
    });
    expect(unsourced.success).toBe(false);
    expect(unsourced.error?.issues[0]?.path).toEqual(['holidays', 0, 'source']);
    const unreadable = BusinessCalendar.safeParse({
      ...fr,
      publicHolidays: {
        country: 'FR',
        added: [{ rule: 'every blue moon', name: 'Blue moon', source: { title: 'x' } }],
        removed: [],
      },
    });
    expect(unreadable.success).toBe(false);
    expect(unreadable.error?.issues[0]?.path).toEqual(['publicHolidays']);
  });

  it('computes the same year twice from its cache', () => {
    const spec = { country: 'FR', added: [], removed: [] };
    expect(publicHolidaysIn(spec, 2040)).toBe(publicHolidaysIn(spec, 2040));
  });
});
