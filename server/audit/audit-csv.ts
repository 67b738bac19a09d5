import type { AuditLogRow } from './audit-log-query';
import { canonicalJson, type JsonValue } from './canonical-json';

const COLUMNS = [
  'id',
  'at',
  'actor',
  'actorName',
  'action',
  'caseId',
  'caseReference',
  'details',
  'prevHash',
  'hash',
] as const;

/**
 * One CSV cell. Text a spreadsheet would run as a formula (=, +, -, @, tab, return at the
 * start) is prefixed with an apostrophe: an audit export opened by a lawyer must not execute
 * what an attacker typed into an order.
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180 text with a header row; details as canonical JSON in one cell. */
export function auditEventsCsv(rows: readonly AuditLogRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      COLUMNS.map((column) =>
        csvCell(
          column === 'details'
            ? canonicalJson(row.details as { [key: string]: JsonValue })
            : row[column],
        ),
      ).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
