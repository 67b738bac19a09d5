import { describe, expect, it } from 'vitest';
import { manySummaries, summary } from '../../lib/testing/case-fixtures';
import {
  buildQueueIndex,
  distinctCountries,
  EMPTY_FILTER,
  filterQueue,
  isOverdue,
  sortCases,
} from './queue-model';

const rows = [
  summary({
    id: 'a',
    reference: 'B-2',
    authorityName: 'Rechtbank Amsterdam',
    country: 'NL',
    dueAt: '2026-12-02T00:00:00Z',
    status: 'in_review',
  }),
  summary({
    id: 'b',
    reference: 'a-1',
    authorityName: 'Tribunal judiciaire de Paris',
    country: 'FR',
    dueAt: '2026-12-01T00:00:00Z',
    status: 'received',
    assigneeName: 'Zoé',
  }),
  summary({
    id: 'c',
    reference: 'C-3',
    authorityName: 'Amtsgericht München',
    country: 'DE',
    dueAt: '2026-12-03T00:00:00Z',
    status: 'signed_off',
    emergency: true,
    assigneeName: 'Anna',
  }),
];

describe('sortCases', () => {
  it('sorts by reference without regard to case, both directions', () => {
    expect(sortCases(rows, { key: 'reference', direction: 'asc' }).map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(sortCases(rows, { key: 'reference', direction: 'desc' }).map((r) => r.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('sorts by due date, status in lifecycle order, emergencies first', () => {
    expect(sortCases(rows, { key: 'dueAt', direction: 'asc' }).map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(sortCases(rows, { key: 'status', direction: 'asc' }).map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(sortCases(rows, { key: 'emergency', direction: 'asc' })[0]!.id).toBe('c');
  });

  it('puts unassigned cases after named assignees', () => {
    expect(sortCases(rows, { key: 'assigneeName', direction: 'asc' }).map((r) => r.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it('does not modify its input', () => {
    const copy = rows.slice();
    sortCases(rows, { key: 'country', direction: 'desc' });
    expect(rows).toEqual(copy);
  });
});

describe('filterQueue', () => {
  const index = buildQueueIndex(sortCases(rows, { key: 'reference', direction: 'asc' }));

  it('returns everything for an empty filter, in sort order', () => {
    expect(filterQueue(index, EMPTY_FILTER).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('matches free text in reference or authority, ignoring case', () => {
    expect(filterQueue(index, { ...EMPTY_FILTER, text: 'MÜNCHEN' }).map((r) => r.id)).toEqual([
      'c',
    ]);
    expect(filterQueue(index, { ...EMPTY_FILTER, text: ' b-2 ' }).map((r) => r.id)).toEqual(['a']);
  });

  it('combines status and country', () => {
    expect(
      filterQueue(index, { text: '', status: 'received', country: 'FR' }).map((r) => r.id),
    ).toEqual(['b']);
    expect(filterQueue(index, { text: '', status: 'received', country: 'NL' })).toEqual([]);
  });

  it('lists the distinct countries once, sorted', () => {
    expect(distinctCountries([...rows, ...rows])).toEqual(['DE', 'FR', 'NL']);
  });
});

describe('isOverdue', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  it('flags open cases past their due date only', () => {
    expect(isOverdue(rows[0]!, now)).toBe(true);
    expect(isOverdue(rows[2]!, now)).toBe(false);
    expect(isOverdue({ ...rows[0]!, status: 'approved' }, now)).toBe(false);
  });
});

describe('at 100,000 cases', () => {
  const big = manySummaries(100_000);
  const index = buildQueueIndex(sortCases(big, { key: 'dueAt', direction: 'asc' }));

  function median(run: () => void): number {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[3]!;
  }

  it('filters well under 50 ms', () => {
    let found = 0;
    const elapsed = median(() => {
      found = filterQueue(index, { text: 'münchen', status: 'in_review', country: '' }).length;
    });
    expect(found).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(25);
  });

  it('keeps the sort order of the index', () => {
    const result = filterQueue(index, { ...EMPTY_FILTER, country: 'DE' });
    for (let i = 1; i < result.length; i++) {
      expect(result[i - 1]!.dueAt <= result[i]!.dueAt).toBe(true);
    }
  });
});
