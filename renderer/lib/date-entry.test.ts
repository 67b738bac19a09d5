import { describe, expect, it } from 'vitest';
import { formatDateTimeEntry, parseDateEntry, parseDateTimeEntry } from './date-entry';

describe('date entry, day first as the app shows dates', () => {
  it('reads a date as the app writes it, in ISO form, or day/month/year', () => {
    for (const typed of [
      '30 Nov 2026',
      '30 November 2026',
      '2026-11-30',
      '30/11/2026',
      '30.11.2026',
    ]) {
      expect(parseDateEntry(typed), typed).toEqual({ ok: true, iso: '2026-11-30' });
    }
  });

  it('never reads the US month-first order', () => {
    expect(parseDateEntry('11/30/2026')).toMatchObject({ ok: false });
    expect(parseDateEntry('03/04/2026')).toEqual({ ok: true, iso: '2026-04-03' });
  });

  it('says what is wrong in words', () => {
    expect(parseDateEntry('next Tuesday')).toEqual({
      ok: false,
      message: 'enter the date as day, month and year, such as 30 Nov 2026',
    });
    expect(parseDateEntry('31 Nov 2026')).toEqual({
      ok: false,
      message: 'there is no such day as “31 Nov 2026”',
    });
    expect(parseDateTimeEntry('30 Nov 2026')).toEqual({
      ok: false,
      message: 'add the time, such as 30 Nov 2026 09:14',
    });
    expect(parseDateTimeEntry('30 Nov 2026 25:00')).toMatchObject({ ok: false });
  });

  it('reads a time in the workstation zone and writes it back the same way', () => {
    const read = parseDateTimeEntry('30 Nov 2026 09:14');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(new Date(read.iso).getHours()).toBe(9);
    expect(formatDateTimeEntry(read.iso)).toBe('30 Nov 2026 09:14');
    expect(parseDateTimeEntry('2026-11-30T09:14')).toEqual(read);
  });

  it('takes a day without a time as its start or its end where a window asks', () => {
    const from = parseDateTimeEntry('1 Sep 2026', 'start');
    const to = parseDateTimeEntry('30 Sep 2026', 'end');
    expect(from.ok && new Date(from.iso).getHours()).toBe(0);
    expect(to.ok && new Date(to.iso).getHours()).toBe(23);
  });
});
