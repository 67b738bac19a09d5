import { CASE_STATUSES, type CaseStatus } from '../../../shared/case-lifecycle';
import type { CaseSummary } from '../../../shared/case-record';

export { isOverdue } from '../../lib/deadlines';

export const SORT_KEYS = [
  'reference',
  'status',
  'authorityName',
  'country',
  'receivedAt',
  'dueAt',
  'emergency',
  'assigneeName',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface QueueSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export interface QueueFilter {
  status: CaseStatus | '';
  country: string;
  text: string;
}

export const DEFAULT_SORT: QueueSort = { key: 'dueAt', direction: 'asc' };
export const EMPTY_FILTER: QueueFilter = { status: '', country: '', text: '' };

const STATUS_ORDER = new Map(CASE_STATUSES.map((s, i) => [s, i]));

function sortValue(summary: CaseSummary, key: SortKey): string | number {
  switch (key) {
    case 'status':
      return STATUS_ORDER.get(summary.status) ?? 0;
    case 'emergency':
      return summary.emergency ? 0 : 1;
    case 'assigneeName':
      // Unassigned cases sort after every name.
      return summary.assigneeName?.toLowerCase() ?? '\uffff';
    case 'reference':
    case 'authorityName':
      return summary[key].toLowerCase();
    default:
      // ISO date-times in UTC and country codes compare correctly as plain strings.
      return summary[key];
  }
}

/** Sorts a copy; ties fall back to reference so the order is stable across refreshes. */
export function sortCases(rows: readonly CaseSummary[], sort: QueueSort): CaseSummary[] {
  const keyed = rows.map((row) => ({
    row,
    value: sortValue(row, sort.key),
    tie: row.reference,
  }));
  const sign = sort.direction === 'asc' ? 1 : -1;
  keyed.sort((a, b) => {
    if (a.value < b.value) return -sign;
    if (a.value > b.value) return sign;
    return a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

/** Sorted rows with a lower-cased search text per row, computed once per data or sort change. */
export interface QueueIndex {
  rows: readonly CaseSummary[];
  searchText: readonly string[];
}

export function buildQueueIndex(sortedRows: readonly CaseSummary[]): QueueIndex {
  return {
    rows: sortedRows,
    searchText: sortedRows.map((r) => `${r.reference}\n${r.authorityName}`.toLowerCase()),
  };
}

/** One pass over the index; keeps the sort order. */
export function filterQueue(index: QueueIndex, filter: QueueFilter): CaseSummary[] {
  const text = filter.text.trim().toLowerCase();
  const { status, country } = filter;
  if (!text && !status && !country) return index.rows.slice();
  const result: CaseSummary[] = [];
  const { rows, searchText } = index;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (status && row.status !== status) continue;
    if (country && row.country !== country) continue;
    if (text && !searchText[i]!.includes(text)) continue;
    result.push(row);
  }
  return result;
}

export function distinctCountries(rows: readonly CaseSummary[]): string[] {
  return [...new Set(rows.map((r) => r.country))].sort();
}
