/*
 * Dates are typed the way the app shows them — day, month, year: "30 Nov 2026", with a time
 * "30 Nov 2026 09:14" — in the workstation's time zone. The ISO form "2026-11-30" is read too,
 * and so is "30/11/2026", always day first: never the US month-first order.
 */

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

export type DateEntry = { ok: true; iso: string } | { ok: false; message: string };

interface Parts {
  year: number;
  month: number;
  day: number;
  time: string | undefined;
}

const NAMED = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})(?:,?\s+(.+))?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](.+))?$/;
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:,?\s+(.+))?$/;
const TIME = /^(\d{1,2})[:.h](\d{2})$/;

function monthNumber(name: string): number | null {
  const index = MONTHS.findIndex((m) => name.toLowerCase().startsWith(m));
  return index < 0 || name.length > 9 ? null : index + 1;
}

function readParts(text: string): Parts | null {
  const named = NAMED.exec(text);
  if (named) {
    const month = monthNumber(named[2] ?? '');
    if (month === null) return null;
    return { day: Number(named[1]), month, year: Number(named[3]), time: named[4] };
  }
  const iso = ISO.exec(text);
  if (iso)
    return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), time: iso[4] };
  const numeric = NUMERIC.exec(text);
  // Day first, always: "11/30/2026" is not read as 30 November.
  if (numeric && Number(numeric[2]) <= 12) {
    return {
      day: Number(numeric[1]),
      month: Number(numeric[2]),
      year: Number(numeric[3]),
      time: numeric[4],
    };
  }
  return null;
}

const EXAMPLE_DATE = '30 Nov 2026';
const EXAMPLE_TIME = '30 Nov 2026 09:14';
const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

function realDate(p: Parts): boolean {
  const probe = new Date(p.year, p.month - 1, p.day);
  return (
    p.month >= 1 &&
    p.month <= 12 &&
    probe.getFullYear() === p.year &&
    probe.getMonth() === p.month - 1 &&
    probe.getDate() === p.day
  );
}

/** A calendar date, as YYYY-MM-DD. */
export function parseDateEntry(input: string): DateEntry {
  const text = input.trim();
  const parts = readParts(text);
  if (!parts || parts.time !== undefined) {
    return { ok: false, message: `enter the date as day, month and year, such as ${EXAMPLE_DATE}` };
  }
  if (!realDate(parts)) return { ok: false, message: `there is no such day as “${text}”` };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, iso: `${parts.year}-${pad(parts.month)}-${pad(parts.day)}` };
}

/**
 * An instant, read in the workstation's time zone. Without a time, `whenNoTime` says whether
 * the day's start or its end is meant (a window "to 31 Oct 2026" includes that day); when it
 * is not given, the time is required.
 */
export function parseDateTimeEntry(input: string, whenNoTime?: 'start' | 'end'): DateEntry {
  const text = input.trim();
  const parts = readParts(text);
  if (!parts) {
    return {
      ok: false,
      message: `enter the date and time as day, month, year and hours:minutes, such as ${EXAMPLE_TIME}`,
    };
  }
  if (!realDate(parts)) {
    return {
      ok: false,
      message: `there is no such day as ${parts.day} ${SHORT_MONTHS[parts.month - 1] ?? parts.month} ${parts.year}`,
    };
  }
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (parts.time === undefined) {
    if (whenNoTime === undefined) {
      return { ok: false, message: `add the time, such as ${EXAMPLE_TIME}` };
    }
    if (whenNoTime === 'end') [hours, minutes, seconds] = [23, 59, 59];
  } else {
    const time = TIME.exec(parts.time.trim());
    if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) {
      return { ok: false, message: `enter the time as hours and minutes, such as ${EXAMPLE_TIME}` };
    }
    hours = Number(time[1]);
    minutes = Number(time[2]);
  }
  const local = new Date(parts.year, parts.month - 1, parts.day, hours, minutes, seconds);
  return { ok: true, iso: local.toISOString() };
}

/** An instant as the entry field reads it back: "30 Nov 2026 09:14", workstation time. */
export function formatDateTimeEntry(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()} ${SHORT_MONTHS[d.getMonth()] ?? ''} ${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A calendar date (YYYY-MM-DD) as the entry field reads it back: "30 Nov 2026". */
export function formatDateEntry(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = SHORT_MONTHS[(month ?? 0) - 1];
  return name && year && day ? `${day} ${name} ${year}` : isoDate;
}
