import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../../../shared/case-lifecycle';
import type { CaseSummary } from '../../../shared/case-record';
import { OPEN_STATUSES } from '../deadlines';
import { summary } from '../testing/case-fixtures';
import {
  buildQueueIndex,
  DEFAULT_SORT,
  EMPTY_FILTER,
  filterQueue,
  prepareSearch,
  QUEUE_VIEWS,
  searchTokens,
  sortCases,
  type QueueFilter,
  type ViewContext,
} from './queue-model';
import { SearchDictionary } from './search-dictionary';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const HOUR = 3_600_000;
const COUNTRIES = ['FR', 'DE', 'ES', 'NL'];
const WORDS = [
  'Tribunal judiciaire de Paris',
  'Amtsgericht München',
  'paris',
  '+33612345678',
  'fraud_scams',
  'harcèlement',
  '@marie_dupont',
  'ji-2026/8812',
  'ΟΔΟΣ',
];
const USERS = ['u-me', 'u-other'];

/** The filter as a reviewer reads it, row by row, with nothing precomputed. */
function plainFilter(rows: readonly CaseSummary[], filter: QueueFilter, context: ViewContext) {
  const tokens = searchTokens(filter.text);
  const inView = (row: CaseSummary): boolean => {
    const open = OPEN_STATUSES.has(row.status);
    const left = Date.parse(row.dueAt) - context.now;
    switch (filter.view) {
      case 'open':
        return open;
      case 'mine':
        return open && context.userId !== null && row.assigneeId === context.userId;
      case 'unassigned':
        return open && !row.assigneeId;
      case 'due24h':
        return open && left >= 0 && left <= 24 * HOUR;
      case 'overdue':
        return open && left < 0;
      case 'emergencies':
        return open && row.emergency;
      case 'returned':
        return row.status === 'returned';
      case 'awaiting':
        return row.status === 'signed_off';
      case 'closed':
        return !open;
      case 'all':
        return true;
    }
  };
  return rows.filter(
    (row) =>
      inView(row) &&
      (filter.statuses.length === 0 || filter.statuses.includes(row.status)) &&
      (filter.countries.length === 0 || filter.countries.includes(row.country)) &&
      tokens.every((token) =>
        [row.reference, row.authorityName, ...(row.searchTerms ?? [])].some((part) =>
          part.toLowerCase().includes(token),
        ),
      ),
  );
}

const row = fc.record({
  reference: fc.stringMatching(/^[A-Z]{1,3}-[0-9]{1,3}$/),
  status: fc.constantFrom(...CASE_STATUSES),
  country: fc.constantFrom(...COUNTRIES),
  authorityName: fc.constantFrom(...WORDS),
  due: fc.record({
    // Whole hours either side, or a millisecond either side of a deadline view's edges.
    offset: fc.oneof(
      fc.integer({ min: -72, max: 72 }).map((hours) => hours * HOUR),
      fc.constantFrom(0, 24 * HOUR).chain((edge) => fc.constantFrom(edge - 1, edge, edge + 1)),
    ),
    // As the service writes it, or as an order may: without milliseconds, or at an offset.
    written: fc.constantFrom('utc-ms', 'utc-seconds', 'offset'),
  }),
  emergency: fc.boolean(),
  assigneeId: fc.option(fc.constantFrom(...USERS)),
  searchTerms: fc.option(fc.array(fc.constantFrom(...WORDS), { maxLength: 3 })),
});

function writeDate(instant: number, written: 'utc-ms' | 'utc-seconds' | 'offset'): string {
  const utc = new Date(instant).toISOString();
  if (written === 'utc-ms') return utc;
  // Whole seconds only: the instant is cut to its second, which the reading parses as written.
  if (written === 'utc-seconds')
    return new Date(instant - (instant % 1000)).toISOString().replace('.000Z', 'Z');
  // The same instant two hours ahead of UTC.
  return new Date(instant + 2 * HOUR).toISOString().replace('Z', '+02:00');
}

const search = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...WORDS),
  fc.constantFrom('par', 'PARIS', 'de par', 'tribunal münchen', '+33 6 12', '-1', '  ', 'δος', 'x'),
  // A piece of any word, as typing it goes.
  fc
    .tuple(fc.constantFrom(...WORDS), fc.nat(), fc.nat())
    .map(([word, a, b]) => word.slice(a % word.length, (a % word.length) + 1 + (b % 6))),
);

const filter: fc.Arbitrary<QueueFilter> = fc.record({
  view: fc.constantFrom(...QUEUE_VIEWS),
  statuses: fc.subarray([...CASE_STATUSES]),
  countries: fc.subarray([...COUNTRIES, 'PL']),
  text: search,
});

describe('filterQueue', () => {
  it('shows exactly the rows a row-by-row reading of the filter shows, in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 80 }),
        fc.array(filter, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<string | null>('u-me', null),
        fc.boolean(),
        fc.option(fc.tuple(fc.array(fc.boolean()), fc.array(row, { maxLength: 40 }), search)),
        (drawn, filters, userId, prepared, earlier) => {
          const toSummaries = (drawnRows: typeof drawn) =>
            drawnRows.map(({ due, assigneeId, searchTerms, ...fields }, i) =>
              summary({
                ...fields,
                id: `case-${i}`,
                dueAt: writeDate(NOW + due.offset, due.written),
                ...(assigneeId === null ? {} : { assigneeId }),
                ...(searchTerms === null ? {} : { searchTerms }),
              }),
            );
          const rows = sortCases(toSummaries(drawn), DEFAULT_SORT);
          // The queue keeps one dictionary of terms across the indexes of its cases, and the
          // lists of rows by term made for one of them: an index built and searched before, of
          // some of the same rows in another order, of other rows or of other versions of the
          // same cases, must not change what this one finds.
          const dictionary = new SearchDictionary();
          if (earlier) {
            const [kept, otherRows, earlierText] = earlier;
            const before = buildQueueIndex(
              [...toSummaries(otherRows), ...rows.filter((_, i) => kept[i])].reverse(),
              dictionary,
            );
            prepareSearch(before);
            filterQueue(
              before,
              { ...EMPTY_FILTER, view: 'all', text: earlierText },
              {
                userId,
                now: NOW,
              },
            );
          }
          const index = buildQueueIndex(rows, dictionary);
          if (prepared) prepareSearch(index);
          const context = { userId, now: NOW };
          // Several filters on one index: what one search prepares, the next one reuses.
          for (const chosen of filters) {
            expect(filterQueue(index, chosen, context).map((r) => r.id)).toEqual(
              plainFilter(rows, chosen, context).map((r) => r.id),
            );
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
