import { CHECK_KEYS } from '../review';
import { INSTRUMENTS, ROUTES } from '../order';
import type { TransparencyRow } from './report';

const COLUMNS: [string, (row: TransparencyRow) => string | number][] = [
  ['country', (r) => r.country],
  ['period', (r) => r.period],
  ['fulfilledRequests', (r) => r.fulfilledRequests],
  ['affectedUsers', (r) => r.affectedUsers],
  ['received', (r) => r.received],
  ['refused', (r) => r.refused],
  ['partiallyFulfilled', (r) => r.partiallyFulfilled],
  ['emergency', (r) => r.emergency],
  ['medianHoursToAnswer', (r) => r.medianHoursToAnswer ?? ''],
  ...CHECK_KEYS.map((k): [string, (row: TransparencyRow) => number] => [
    `refusedByCheck.${k}`,
    (r) => r.refusedByCheck[k] ?? 0,
  ]),
  ...INSTRUMENTS.map((k): [string, (row: TransparencyRow) => number] => [
    `byInstrument.${k}`,
    (r) => r.byInstrument[k] ?? 0,
  ]),
  ...ROUTES.map((k): [string, (row: TransparencyRow) => number] => [
    `byRoute.${k}`,
    (r) => r.byRoute[k] ?? 0,
  ]),
];

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The report's rows as CSV (RFC 4180), one line per country and quarter, a header first. */
export function transparencyCsv(rows: readonly TransparencyRow[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([, value]) => cell(value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
