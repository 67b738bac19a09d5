import { describe, expect, it } from 'vitest';
import { workingDaysOf } from './business-calendar';
import {
  businessDaysAdd,
  businessDaysBetween,
  calendarDaysAdd,
  fixedWorkingDays,
  isBusinessDay,
  localDate,
  nextBusinessDay,
  onOrNextBusinessDay,
  weekday,
} from './business-days';
import { POLICY_2024_09_23 } from './seed';

const plain = fixedWorkingDays([0, 6], []);
const withHolidays = fixedWorkingDays(
  [0, 6],
  [
    { date: '2026-12-25', name: 'Christmas Day' },
    { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
    { date: '2027-01-01', name: 'New Year’s Day' },
  ],
);

function calendarOf(country: string) {
  const profile = POLICY_2024_09_23.jurisdictions.find((j) => j.country === country);
  if (profile?.status !== 'answered') throw new Error(`${country} is not answered`);
  return workingDaysOf(profile.calendar);
}

describe('weekday and calendar days', () => {
  it.each([
    ['2026-11-16', 1],
    ['2026-11-21', 6],
    ['2026-11-22', 0],
    ['2028-02-29', 2],
  ])('%s is weekday %i', (date, day) => {
    expect(weekday(date)).toBe(day);
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(calendarDaysAdd('2026-12-28', 10)).toBe('2027-01-07');
    expect(calendarDaysAdd('2028-02-25', 5)).toBe('2028-03-01');
    expect(calendarDaysAdd('2026-01-05', -7)).toBe('2025-12-29');
  });
});

describe('businessDaysAdd', () => {
  it.each([
    ['Monday + 1 is Tuesday', '2026-11-16', 1, '2026-11-17'],
    ['Friday + 1 skips the weekend', '2026-11-20', 1, '2026-11-23'],
    ['Saturday + 1 is Monday', '2026-11-21', 1, '2026-11-23'],
    ['Sunday + 1 is Monday', '2026-11-22', 1, '2026-11-23'],
    ['Monday + 5 is the next Monday', '2026-11-16', 5, '2026-11-23'],
    ['Monday + 10 is two weeks later', '2026-11-16', 10, '2026-11-30'],
    ['0 leaves the date unchanged, even on a weekend', '2026-11-21', 0, '2026-11-21'],
    ['negative counts go backwards over the weekend', '2026-11-23', -1, '2026-11-20'],
  ])('%s', (_name, start, n, expected) => {
    expect(businessDaysAdd(start, n, plain)).toBe(expected);
  });

  it.each([
    ['Christmas Eve + 1 skips Christmas and the weekend', '2026-12-24', 1, '2026-12-29'],
    ['Christmas Eve + 4 skips New Year’s Day and a weekend too', '2026-12-24', 4, '2027-01-04'],
    ['a holiday start is not counted itself', '2026-12-25', 1, '2026-12-29'],
    ['backwards over the holidays', '2026-12-29', -1, '2026-12-24'],
  ])('%s', (_name, start, n, expected) => {
    expect(businessDaysAdd(start, n, withHolidays)).toBe(expected);
  });

  it('counts the French calendar: Ascension Thursday 2026 is not a business day', () => {
    const fr = calendarOf('FR');
    expect(isBusinessDay('2026-05-14', fr)).toBe(false);
    expect(businessDaysAdd('2026-05-13', 1, fr)).toBe('2026-05-15');
  });

  it('counts the English calendar: Good Friday and Easter Monday 2027', () => {
    const gb = calendarOf('GB');
    expect(businessDaysAdd('2027-03-25', 1, gb)).toBe('2027-03-30');
  });

  it('refuses a calendar without working days instead of looping forever', () => {
    expect(() =>
      businessDaysAdd('2026-01-01', 1, fixedWorkingDays([0, 1, 2, 3, 4, 5, 6], [])),
    ).toThrow(RangeError);
  });

  it('refuses fractional counts', () => {
    expect(() => businessDaysAdd('2026-01-01', 1.5, plain)).toThrow(RangeError);
  });
});

describe('businessDaysBetween and friends', () => {
  it('counts business days in (from, to]', () => {
    expect(businessDaysBetween('2026-11-16', '2026-11-30', plain)).toBe(10);
    expect(businessDaysBetween('2026-12-24', '2027-01-04', withHolidays)).toBe(4);
    expect(businessDaysBetween('2026-11-30', '2026-11-16', plain)).toBe(-10);
    expect(businessDaysBetween('2026-11-16', '2026-11-16', plain)).toBe(0);
  });

  it('is the inverse of businessDaysAdd from a business day', () => {
    for (const n of [1, 2, 7, 30]) {
      const end = businessDaysAdd('2026-12-21', n, withHolidays);
      expect(businessDaysBetween('2026-12-21', end, withHolidays)).toBe(n);
    }
  });

  it('finds the next business day and keeps a business day as it is', () => {
    expect(nextBusinessDay('2026-12-24', withHolidays)).toBe('2026-12-29');
    expect(onOrNextBusinessDay('2026-12-24', withHolidays)).toBe('2026-12-24');
    expect(onOrNextBusinessDay('2026-12-26', withHolidays)).toBe('2026-12-29');
  });

  it('tells the local day of an instant in the jurisdiction’s time zone', () => {
    expect(localDate('2026-12-24T23:30:00Z', 'Europe/Paris')).toBe('2026-12-25');
    expect(localDate('2026-12-24T23:30:00Z', 'America/New_York')).toBe('2026-12-24');
    expect(localDate('2026-12-24T23:30:00+01:00', 'UTC')).toBe('2026-12-24');
  });
});
