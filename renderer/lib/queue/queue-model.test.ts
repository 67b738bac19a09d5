import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../shared/case-record';
import { caseSearchTerms } from '../../../shared/case-search';
import { manySummaries, summary } from '../testing/case-fixtures';
import {
  buildQueueIndex,
  DEFAULT_SORT,
  distinctCountries,
  EMPTY_FILTER,
  filterQueue,
  isOverdue,
  mergeSorted,
  prepareSearch,
  searchTokens,
  sortCases,
  type QueueFilter,
  type QueueView,
} from './queue-model';
import { SearchDictionary } from './search-dictionary';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW + hours * HOUR).toISOString();
const context = { userId: 'u-me', now: NOW };

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

  it('puts open emergencies first, then open cases by due date, then closed ones, latest first', () => {
    const mixed = [
      summary({ id: 'closed-old', status: 'closed', dueAt: at(-9000) }),
      summary({ id: 'closed-new', status: 'disclosed', dueAt: at(-100) }),
      summary({ id: 'later', status: 'received', dueAt: at(48) }),
      summary({ id: 'overdue', status: 'in_review', dueAt: at(-5) }),
      summary({ id: 'emergency', status: 'received', dueAt: at(6), emergency: true }),
      summary({ id: 'soon', status: 'returned', dueAt: at(3) }),
    ];
    expect(sortCases(mixed, DEFAULT_SORT).map((r) => r.id)).toEqual([
      'emergency',
      'overdue',
      'soon',
      'later',
      'closed-new',
      'closed-old',
    ]);
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

describe('mergeSorted', () => {
  it('gives the same order as sorting everything again', () => {
    const all = manySummaries(2_000);
    const sorted = sortCases(all, DEFAULT_SORT);
    const changed = all
      .filter((_, i) => i % 7 === 0)
      .map((r, i) => ({ ...r, dueAt: at((i % 50) - 25), status: 'in_review' as const }));
    const removed = new Set(all.filter((_, i) => i % 11 === 1 && i % 7 !== 0).map((r) => r.id));
    const added = [summary({ id: 'new', reference: 'NEW-1', dueAt: at(1) })];
    const merged = mergeSorted(sorted, [...changed, ...added], removed, DEFAULT_SORT);
    const byId = new Map(all.map((r) => [r.id, r]));
    for (const r of [...changed, ...added]) byId.set(r.id, r);
    for (const id of removed) byId.delete(id);
    expect(merged.map((r) => r.id)).toEqual(
      sortCases([...byId.values()], DEFAULT_SORT).map((r) => r.id),
    );
  });
});

describe('filterQueue', () => {
  const index = buildQueueIndex(sortCases(rows, { key: 'reference', direction: 'asc' }));
  const all: QueueFilter = { ...EMPTY_FILTER, view: 'all' };

  it('returns everything for the "all" view, in sort order', () => {
    expect(filterQueue(index, all, context).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('matches free text in reference or authority, ignoring case', () => {
    expect(filterQueue(index, { ...all, text: 'MÜNCHEN' }, context).map((r) => r.id)).toEqual([
      'c',
    ]);
    expect(filterQueue(index, { ...all, text: ' b-2 ' }, context).map((r) => r.id)).toEqual(['a']);
  });

  it('takes several statuses and several countries at once', () => {
    expect(
      filterQueue(index, { ...all, statuses: ['received', 'signed_off'] }, context).map(
        (r) => r.id,
      ),
    ).toEqual(['b', 'c']);
    expect(
      filterQueue(index, { ...all, countries: ['NL', 'DE'] }, context).map((r) => r.id),
    ).toEqual(['a', 'c']);
    expect(
      filterQueue(index, { ...all, statuses: ['received'], countries: ['FR'] }, context).map(
        (r) => r.id,
      ),
    ).toEqual(['b']);
    expect(
      filterQueue(index, { ...all, statuses: ['received'], countries: ['NL'] }, context),
    ).toEqual([]);
  });

  it('lists the distinct countries once, sorted', () => {
    expect(distinctCountries([...rows, ...rows])).toEqual(['DE', 'FR', 'NL']);
    expect(index.countries).toEqual(['DE', 'FR', 'NL']);
  });
});

describe('saved views', () => {
  const cases = [
    summary({
      id: 'mine',
      reference: 'R-mine',
      status: 'in_review',
      assigneeId: 'u-me',
      assigneeName: 'Me',
      dueAt: at(100),
    }),
    summary({
      id: 'theirs',
      reference: 'R-theirs',
      status: 'in_review',
      assigneeId: 'u-other',
      assigneeName: 'Other',
      dueAt: at(100),
    }),
    summary({ id: 'unassigned', reference: 'R-unassigned', status: 'received', dueAt: at(100) }),
    summary({
      id: 'due-soon',
      reference: 'R-due-soon',
      status: 'received',
      dueAt: at(5),
      assigneeId: 'u-other',
    }),
    summary({
      id: 'overdue',
      reference: 'R-overdue',
      status: 'awaiting_information',
      dueAt: at(-3),
      assigneeId: 'u-other',
    }),
    summary({
      id: 'emergency',
      reference: 'R-emergency',
      status: 'in_review',
      emergency: true,
      dueAt: at(30),
      assigneeId: 'u-other',
    }),
    summary({
      id: 'returned',
      reference: 'R-returned',
      status: 'returned',
      dueAt: at(200),
      assigneeId: 'u-me',
    }),
    summary({
      id: 'signed',
      reference: 'R-signed',
      status: 'signed_off',
      dueAt: at(200),
      assigneeId: 'u-other',
    }),
    summary({
      id: 'closed',
      reference: 'R-closed',
      status: 'disclosed',
      dueAt: at(-500),
      emergency: true,
      assigneeId: 'u-me',
    }),
  ];
  const index = buildQueueIndex(sortCases(cases, DEFAULT_SORT));
  const view = (v: QueueView) =>
    filterQueue(index, { ...EMPTY_FILTER, view: v }, context)
      .map((r) => r.id)
      .sort();

  it.each<[QueueView, string[]]>([
    ['mine', ['mine', 'returned']],
    ['unassigned', ['unassigned']],
    ['due24h', ['due-soon']],
    ['overdue', ['overdue']],
    ['emergencies', ['emergency']],
    ['returned', ['returned']],
    ['awaiting', ['signed']],
    ['closed', ['closed']],
    [
      'open',
      ['due-soon', 'emergency', 'mine', 'overdue', 'returned', 'signed', 'theirs', 'unassigned'],
    ],
  ])('%s lists exactly its cases', (name, expected) => {
    expect(view(name)).toEqual(expected);
  });

  it('opens on all open cases, most urgent first', () => {
    expect(
      filterQueue(index, EMPTY_FILTER, context)
        .map((r) => r.id)
        .slice(0, 3),
    ).toEqual(['emergency', 'overdue', 'due-soon']);
  });

  it('shows no one’s cases as "mine" when nobody is signed in', () => {
    expect(
      filterQueue(index, { ...EMPTY_FILTER, view: 'mine' }, { userId: null, now: NOW }),
    ).toEqual([]);
  });
});

describe('deadline views at their edges', () => {
  const DAY = 24 * HOUR;
  // Each edge a millisecond either side, written as the service writes dates and as an
  // order may (whole seconds, another offset): the views read them all as the same instants.
  const edges = [
    ['just-overdue', NOW - 1],
    ['due-now', NOW],
    ['due-in-a-day', NOW + DAY],
    ['a-day-and-a-moment', NOW + DAY + 1],
  ] as const;
  const cases = edges.flatMap(([name, instant]) => [
    summary({ id: `${name} utc`, dueAt: new Date(instant).toISOString() }),
    summary({
      id: `${name} +01:00`,
      dueAt: new Date(instant + HOUR).toISOString().replace('Z', '+01:00'),
    }),
  ]);
  cases.push(summary({ id: 'due-now seconds', dueAt: '2026-12-02T12:00:00Z' }));
  const index = buildQueueIndex(sortCases(cases, DEFAULT_SORT));
  const view = (v: QueueView) =>
    filterQueue(index, { ...EMPTY_FILTER, view: v }, context)
      .map((r) => r.id)
      .sort();

  it('counts a case due this very moment as due, not overdue', () => {
    expect(view('overdue')).toEqual(['just-overdue +01:00', 'just-overdue utc']);
    expect(view('due24h')).toEqual([
      'due-in-a-day +01:00',
      'due-in-a-day utc',
      'due-now +01:00',
      'due-now seconds',
      'due-now utc',
    ]);
  });
});

describe('search', () => {
  const withOrder = (id: string, order: Parameters<typeof caseSearchTerms>[2]): CaseSummary => {
    const row = summary({ id, reference: `REF-${id}` });
    return { ...row, searchTerms: caseSearchTerms(row.reference, row.authorityName, order) };
  };
  const cases = [
    withOrder('phone', {
      targets: [{ identifier: { kind: 'phone', value: '+33612345678' } }],
      offences: [{ category: 'fraud_scams', description: 'Escroquerie en bande organisée' }],
    }),
    withOrder('handle', {
      caseNumber: 'JI-2026/8812',
      targets: [{ identifier: { kind: 'username', value: '@Marie_Dupont' } }],
      offences: [{ description: 'Harcèlement' }],
    }),
    withOrder('userid', {
      targets: [{ identifier: { kind: 'user_id', value: '5012345678' } }],
      offences: [{ description: 'Threats' }],
    }),
  ];
  const index = buildQueueIndex(cases);
  const find = (text: string) =>
    filterQueue(index, { ...EMPTY_FILTER, view: 'all', text }, context).map((r) => r.id);

  it('finds a phone number however it is spaced', () => {
    expect(find('+33 6 12 34 56 78')).toEqual(['phone']);
    expect(find('+33612345678')).toEqual(['phone']);
    expect(find('06 12 34 56 78'.replace(/^0/, ''))).toEqual(['phone']);
    expect(searchTokens('+33 (0)6-12.34')).toEqual(['+33061234']);
  });

  it('finds a handle with or without the @, a user id, a case number and an offence', () => {
    expect(find('@marie_dupont')).toEqual(['handle']);
    expect(find('marie_dupont')).toEqual(['handle']);
    expect(find('5012345678')).toEqual(['userid']);
    expect(find('ji-2026/8812')).toEqual(['handle']);
    expect(find('fraud')).toEqual(['phone']);
    expect(find('harcèlement')).toEqual(['handle']);
    expect(find('escroquerie organisée')).toEqual(['phone']);
  });
});

describe('isOverdue', () => {
  it('flags open cases past their due date only', () => {
    expect(isOverdue(rows[0]!, NOW)).toBe(true);
    expect(isOverdue(rows[2]!, NOW)).toBe(false);
    expect(isOverdue({ ...rows[0]!, status: 'approved' }, NOW)).toBe(false);
  });
});

describe('the index', () => {
  it('visits only the groups a filter asks for', () => {
    // Rows of other statuses and countries throw once the index is built: a filter that
    // scanned every row would touch them. This holds at any size, unlike a timing.
    let armed = false;
    const guarded = manySummaries(5_000).map((row) =>
      row.status === 'received' && row.country === 'FR'
        ? row
        : new Proxy(row, {
            get(target, key, receiver) {
              if (armed) throw new Error(`row ${target.id} was visited`);
              return Reflect.get(target, key, receiver) as unknown;
            },
          }),
    );
    const index = buildQueueIndex(guarded);
    armed = true;
    const found = filterQueue(
      index,
      { view: 'all', statuses: ['received'], countries: ['FR'], text: 'paris' },
      context,
    );
    armed = false;
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.status === 'received' && r.country === 'FR')).toBe(true);
  });

  it('keeps the sort order of the index', () => {
    const index = buildQueueIndex(
      sortCases(manySummaries(10_000), { key: 'dueAt', direction: 'asc' }),
    );
    const result = filterQueue(
      index,
      { ...EMPTY_FILTER, view: 'all', countries: ['DE', 'FR'], statuses: ['received', 'closed'] },
      context,
    );
    expect(result.length).toBeGreaterThan(0);
    for (let i = 1; i < result.length; i++) {
      expect(result[i - 1]!.dueAt <= result[i]!.dueAt).toBe(true);
    }
  });

  it('searches a later index of mostly the same rows with the lists made for an earlier one', () => {
    const dictionary = new SearchDictionary();
    const rows = sortCases(manySummaries(6_000), DEFAULT_SORT);
    expect(prepareSearch(buildQueueIndex(rows, dictionary))).toBe(true);
    const search = { ...EMPTY_FILTER, view: 'all' as const, text: 'amsterdam' };
    const alone = (changed: CaseSummary[]) =>
      filterQueue(buildQueueIndex(changed), search, context).map((r) => r.id);

    // A sync changed a hundred cases: the lists serve at once, the changed rows read one by one.
    const synced = rows.map((r, i) =>
      i % 60 === 0 ? { ...r, authorityName: 'Rechtbank Amsterdam', version: r.version + 1 } : r,
    );
    const afterSync = buildQueueIndex(synced, dictionary);
    // Finding the rows in the lists takes a look or two at the clock; making them, dozens.
    let looks = 0;
    expect(prepareSearch(afterSync, () => (looks++, 1))).toBe(true);
    expect(looks).toBeLessThanOrEqual(2);
    expect(filterQueue(afterSync, search, context).map((r) => r.id)).toEqual(alone(synced));

    // Every case read again: the lists are made again, in steps.
    const reread = synced.map((r) => ({ ...r }));
    const afterReread = buildQueueIndex(reread, dictionary);
    expect(prepareSearch(afterReread, () => 0)).toBe(false);
    expect(filterQueue(afterReread, search, context).map((r) => r.id)).toEqual(alone(reread));
    expect(prepareSearch(afterReread, () => 0)).toBe(true);
  });

  it('prepares searching in steps, going on where the last one stopped', () => {
    const rows = sortCases(manySummaries(3_000), DEFAULT_SORT);
    const index = buildQueueIndex(rows);
    let asked = 0;
    // Time runs out at the first look at the clock, then again at the second.
    const outOfTime = () => (asked++ < 1 ? 1 : 0);
    expect(prepareSearch(index, outOfTime)).toBe(false);
    expect(prepareSearch(index, () => 0)).toBe(false);
    expect(prepareSearch(index)).toBe(true);
    expect(prepareSearch(index, () => 0)).toBe(true);
    const filter = { ...EMPTY_FILTER, view: 'all' as const, text: 'paris' };
    const found = filterQueue(index, filter, context);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((r) => r.id)).toEqual(
      filterQueue(buildQueueIndex(rows), filter, context).map((r) => r.id),
    );
  });
});
