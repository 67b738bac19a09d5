import { z } from 'zod';

/** An instant with an explicit offset, e.g. 2026-11-20T09:14:00Z. */
export const IsoDateTime = z.iso.datetime({
  offset: true,
  error: 'enter a date and time with its time zone, e.g. 2026-11-20T09:14:00Z',
});

/** A calendar date, e.g. 2026-12-01. */
export const IsoDate = z.iso.date({ error: 'enter a date such as 2026-11-30 (year, month, day)' });

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export function addHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * HOUR_MS).toISOString();
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}
