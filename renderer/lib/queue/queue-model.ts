import { CASE_STATUSES, type CaseStatus } from '../../../shared/case-lifecycle';
import type { CaseSummary } from '../../../shared/case-record';
import { normaliseSearchText } from '../../../shared/case-search';
import { OPEN_STATUSES } from '../deadlines';
import { SearchDictionary, TermPostingsBuilder, type TermPostings } from './search-dictionary';

export { isOverdue } from '../deadlines';

/** A queue row, with whether it shows actions the server has not accepted yet. */
export type QueueCase = CaseSummary & { pending?: true };

export const SORT_KEYS = [
  'urgency',
  'reference',
  'status',
  'authorityName',
  'country',
  'receivedAt',
  'dueAt',
  'emergency',
  'assigneeName',
  'outcome',
  'overrideCount',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface QueueSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export const QUEUE_VIEWS = [
  'open',
  'mine',
  'unassigned',
  'due24h',
  'overdue',
  'emergencies',
  'returned',
  'awaiting',
  'closed',
  'all',
] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export const VIEW_LABELS: Record<QueueView, string> = {
  open: 'All open',
  mine: 'My cases',
  unassigned: 'Unassigned',
  due24h: 'Due in 24 h',
  overdue: 'Overdue',
  emergencies: 'Emergencies',
  returned: 'Returned',
  awaiting: 'Awaiting approval',
  closed: 'Closed',
  all: 'All cases',
};

export interface QueueFilter {
  view: QueueView;
  /** Several may be chosen; none means every status the view allows. */
  statuses: readonly CaseStatus[];
  countries: readonly string[];
  text: string;
}

/** Who is looking and when: "My cases" and the deadline views depend on both. */
export interface ViewContext {
  userId: string | null;
  now: number;
}

/** Most urgent first: open emergencies, then open cases by due date (overdue first), then closed. */
export const DEFAULT_SORT: QueueSort = { key: 'urgency', direction: 'asc' };
export const EMPTY_FILTER: QueueFilter = { view: 'open', statuses: [], countries: [], text: '' };

const DAY_MS = 24 * 60 * 60 * 1000;
const CLOSED_STATUSES = CASE_STATUSES.filter((s) => !OPEN_STATUSES.has(s));
const OPEN = CASE_STATUSES.filter((s) => OPEN_STATUSES.has(s));

/** The statuses a view is limited to, so filtering only visits those groups of rows. */
const VIEW_STATUSES: Record<QueueView, readonly CaseStatus[]> = {
  open: OPEN,
  mine: OPEN,
  unassigned: OPEN,
  due24h: OPEN,
  overdue: OPEN,
  emergencies: OPEN,
  returned: ['returned'],
  awaiting: ['signed_off'],
  closed: CLOSED_STATUSES,
  all: CASE_STATUSES,
};

/** What a view asks of a row beyond its status; null when its statuses say everything. */
function viewPredicate(
  view: QueueView,
  context: ViewContext,
): ((row: CaseSummary) => boolean) | null {
  const { now, userId } = context;
  switch (view) {
    case 'mine':
      return (row) => userId !== null && row.assigneeId === userId;
    case 'unassigned':
      return (row) => !row.assigneeId;
    case 'due24h': {
      const againstNow = dueComparedTo(now);
      const againstADayOn = dueComparedTo(now + DAY_MS);
      return (row) => againstNow(row.dueAt) >= 0 && againstADayOn(row.dueAt) <= 0;
    }
    case 'overdue': {
      const againstNow = dueComparedTo(now);
      return (row) => againstNow(row.dueAt) < 0;
    }
    case 'emergencies':
      return (row) => row.emergency;
    default:
      return null;
  }
}

/**
 * Whether a date-time written as `Date.prototype.toISOString` writes it (UTC, milliseconds):
 * two such strings compare as their instants do. The service writes dates so; reading each
 * one into a number instead takes most of a deadline view's time over 100,000 rows.
 */
function isCanonicalUtc(iso: string): boolean {
  return iso.length === 24 && iso[23] === 'Z' && iso[19] === '.';
}

/**
 * A due date's place against an instant: below zero before it, zero at it, above zero after
 * it, NaN for a date that cannot be read (in no deadline view).
 */
function dueComparedTo(instant: number): (dueAt: string) => number {
  const written = new Date(instant).toISOString();
  return (dueAt) =>
    isCanonicalUtc(dueAt)
      ? dueAt < written
        ? -1
        : dueAt > written
          ? 1
          : 0
      : Date.parse(dueAt) - instant;
}

const STATUS_ORDER = new Map(CASE_STATUSES.map((s, i) => [s, i]));

function urgency(summary: CaseSummary): number {
  const due = Date.parse(summary.dueAt);
  if (!OPEN_STATUSES.has(summary.status)) return 2e14 + (1e13 - due); // closed: latest first
  return (summary.emergency ? 0 : 1e14) + due;
}

function sortValue(summary: CaseSummary, key: SortKey): string | number {
  switch (key) {
    case 'urgency':
      return urgency(summary);
    case 'status':
      return STATUS_ORDER.get(summary.status) ?? 0;
    case 'emergency':
      return summary.emergency ? 0 : 1;
    case 'assigneeName':
      // Unassigned cases sort after every name.
      return summary.assigneeName?.toLowerCase() ?? '\uffff';
    case 'outcome':
      return summary.outcome ?? '\uffff';
    case 'overrideCount':
      return summary.overrideCount ?? 0;
    case 'reference':
    case 'authorityName':
      return summary[key].toLowerCase();
    default:
      // ISO date-times in UTC and country codes compare correctly as plain strings.
      return summary[key];
  }
}

/** The order of two rows under a sort; ties fall back to reference so the order is stable. */
export function compareCases(sort: QueueSort): (a: CaseSummary, b: CaseSummary) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va < vb) return -sign;
    if (va > vb) return sign;
    return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
  };
}

/** Sorts a copy. */
export function sortCases<T extends CaseSummary>(rows: readonly T[], sort: QueueSort): T[] {
  const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.key), tie: row.reference }));
  const sign = sort.direction === 'asc' ? 1 : -1;
  keyed.sort((a, b) => {
    if (a.value < b.value) return -sign;
    if (a.value > b.value) return sign;
    return a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

/**
 * A sorted list with some rows replaced, added or removed, without sorting it all again: the
 * changed rows are sorted on their own and merged in one pass. `removedIds` lists rows to drop.
 */
export function mergeSorted<T extends CaseSummary>(
  sorted: readonly T[],
  changed: readonly T[],
  removedIds: ReadonlySet<string>,
  sort: QueueSort,
): T[] {
  const replaced = new Set(removedIds);
  for (const row of changed) replaced.add(row.id);
  const incoming = sortCases(changed, sort);
  const compare = compareCases(sort);
  const result: T[] = [];
  let j = 0;
  for (const row of sorted) {
    if (replaced.has(row.id)) continue;
    while (j < incoming.length && compare(incoming[j]!, row) < 0) result.push(incoming[j++]!);
    result.push(row);
  }
  while (j < incoming.length) result.push(incoming[j++]!);
  return result;
}

/**
 * Sorted rows grouped once by status and country: a filter then visits only the groups it
 * asks for, in sort order, or, when those cover most rows, reads the rows' group numbers in
 * one pass. Searches read the dictionary of the rows' terms.
 */
export interface QueueIndex<T extends CaseSummary = QueueCase> {
  rows: readonly T[];
  /** Per status and then per country: the group's number and its positions in `rows`, ascending. */
  groups: ReadonlyMap<CaseStatus, ReadonlyMap<string, QueueGroup>>;
  /** The group number of each row, by position. */
  groupOf: Uint16Array;
  groupCount: number;
  countries: readonly string[];
  dictionary: SearchDictionary;
}

export interface QueueGroup {
  id: number;
  positions: Int32Array;
}

/**
 * `dictionary`: the one the previous index of the same cases used, so that rows that did not
 * change keep their terms and only the changed ones are read again.
 */
export function buildQueueIndex<T extends CaseSummary>(
  sortedRows: readonly T[],
  dictionary: SearchDictionary = new SearchDictionary(),
): QueueIndex<T> {
  const lists = new Map<CaseStatus, Map<string, { id: number; positions: number[] }>>();
  const groupOf = new Uint16Array(sortedRows.length);
  let groupCount = 0;
  for (let i = 0; i < sortedRows.length; i++) {
    const row = sortedRows[i]!;
    let byCountry = lists.get(row.status);
    if (!byCountry) lists.set(row.status, (byCountry = new Map()));
    let group = byCountry.get(row.country);
    if (!group) byCountry.set(row.country, (group = { id: groupCount++, positions: [] }));
    group.positions.push(i);
    groupOf[i] = group.id;
  }
  const groups = new Map<CaseStatus, Map<string, QueueGroup>>();
  const countries = new Set<string>();
  for (const [status, byCountry] of lists) {
    const typed = new Map<string, QueueGroup>();
    for (const [country, group] of byCountry) {
      typed.set(country, { id: group.id, positions: Int32Array.from(group.positions) });
      countries.add(country);
    }
    groups.set(status, typed);
  }
  return {
    rows: sortedRows,
    groups,
    groupOf,
    groupCount,
    countries: [...countries].sort(),
    dictionary,
  };
}

/** The words of a search, each of which a row must contain; a phone number stays one word. */
export function searchTokens(text: string): string[] {
  const whole = normaliseSearchText(text);
  if (whole === '') return [];
  if (/^\+?[0-9]+$/.test(whole)) return [whole];
  return whole.split(/\s+/).filter((t) => t.length > 0);
}

/**
 * Rows of an index missing from the lists it searches with, up to which a search checks them
 * one by one rather than having the lists made again: a sync that changes a few hundred cases
 * leaves the lists of the other 100,000 as they were.
 */
function extrasAllowed(rowCount: number): number {
  return Math.max(2_000, rowCount / 20);
}

/** The lists a queue's indexes search with; kept with the dictionary they number terms from. */
const postingsByDictionary = new WeakMap<SearchDictionary, TermPostings>();
/** Lists being made, step by step, for the rows of one index. */
const postingsUnderway = new WeakMap<SearchDictionary, TermPostingsBuilder>();

/**
 * An index's rows as the lists know them: each position's slot there, or -1 for a row the
 * lists do not hold. Found in steps up to `next`; at 250,000 rows, finding them all takes
 * tens of milliseconds.
 */
interface ListedRows {
  postings: TermPostings;
  slots: Int32Array;
  unlisted: number;
  next: number;
}
const listedByIndex = new WeakMap<QueueIndex<CaseSummary>, ListedRows>();

/** How many rows' slots are looked up between looks at the clock. */
const SLOTS_PER_LOOK = 4_096;

/**
 * Finds the slots of an index's rows in the lists, until `timeLeft` runs out (then nothing) or
 * more rows than allowed are missing from them (then they are not worth finding further).
 */
function listedRows(
  index: QueueIndex<CaseSummary>,
  postings: TermPostings,
  timeLeft: () => number,
): ListedRows | undefined {
  const { rows } = index;
  let listed = listedByIndex.get(index);
  if (listed?.postings !== postings) {
    listed = { postings, slots: new Int32Array(rows.length), unlisted: 0, next: 0 };
    listedByIndex.set(index, listed);
    if (postings.madeFrom === rows) {
      // The lists were made for these very rows: each one's slot is its position.
      for (let i = 0; i < rows.length; i++) listed.slots[i] = i;
      listed.next = rows.length;
    }
  }
  const allowed = extrasAllowed(rows.length);
  const { slots, postings: lists } = listed;
  while (listed.next < rows.length && listed.unlisted <= allowed) {
    const until = Math.min(rows.length, listed.next + SLOTS_PER_LOOK);
    for (let i = listed.next; i < until; i++) {
      const slot = lists.slotOf.get(rows[i]!);
      if (slot === undefined) listed.unlisted += 1;
      slots[i] = slot ?? -1;
    }
    listed.next = until;
    if (listed.next < rows.length && timeLeft() <= 0) return undefined;
  }
  return listed;
}

/**
 * Prepares an index for searching ahead of the first search, while the window is idle: reads
 * the terms of rows not read before and lists the rows by term, until `timeLeft`
 * (milliseconds) runs out. Lists made for an earlier index of mostly the same rows serve this
 * one too. Returns whether it is done; called again, it goes on where it stopped. A search
 * finishes the preparation itself otherwise.
 */
export function prepareSearch(
  index: QueueIndex<CaseSummary>,
  timeLeft: () => number = () => Infinity,
): boolean {
  return searchableRows(index, timeLeft) !== undefined;
}

function searchableRows(
  index: QueueIndex<CaseSummary>,
  timeLeft: () => number,
): ListedRows | undefined {
  const { dictionary } = index;
  for (;;) {
    const postings = postingsByDictionary.get(dictionary);
    if (postings !== undefined) {
      const listed = listedRows(index, postings, timeLeft);
      if (listed === undefined) return undefined;
      const madeForThese = postings.madeFrom === index.rows;
      if (madeForThese || listed.unlisted <= extrasAllowed(index.rows.length)) return listed;
    }
    // Lists being made for an earlier index go on: they likely serve this one too, and if not,
    // the next turn makes them for this one.
    let builder = postingsUnderway.get(dictionary);
    if (builder === undefined) {
      builder = new TermPostingsBuilder(dictionary, index.rows);
      postingsUnderway.set(dictionary, builder);
    }
    const made = builder.build(timeLeft);
    if (made === undefined) return undefined;
    postingsUnderway.delete(dictionary);
    postingsByDictionary.set(dictionary, made);
    dictionary.prepare();
  }
}

/** The positions of the rows that contain every word, ascending. */
function rowsContaining(index: QueueIndex<CaseSummary>, tokens: readonly string[]): Int32Array {
  const { postings, slots, unlisted } = searchableRows(index, () => Infinity)!;
  // A row's mark is how many of the words, in order, it was found to hold.
  const marks = new Uint16Array(postings.madeFrom.length);
  tokens.forEach((token, k) => {
    for (const term of index.dictionary.matching(token)) {
      if (term >= postings.termCount) continue;
      for (let p = postings.starts[term]!; p < postings.starts[term + 1]!; p++) {
        const slot = postings.rows[p]!;
        if (marks[slot] === k) marks[slot] = k + 1;
      }
    }
  });
  const holdsWords = unlisted > 0 ? rowHoldsEvery(index.dictionary, tokens) : null;
  const found: number[] = [];
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    if (slot >= 0 ? marks[slot] === tokens.length : holdsWords!(index.rows[i]!)) found.push(i);
  }
  return Int32Array.from(found);
}

/**
 * For a few rows: whether a row holds every word, each term checked once per word and the
 * answer kept. Cheaper than looking for the words in the whole dictionary when the rows hold
 * fewer terms than it does.
 */
function rowHoldsEvery(
  dictionary: SearchDictionary,
  tokens: readonly string[],
): (row: CaseSummary) => boolean {
  // 0: not checked yet, 1: the term contains the word, 2: it does not.
  const checked = tokens.map(() => new Uint8Array(dictionary.termCount));
  return (row) => {
    const terms = dictionary.termsOf(row);
    return tokens.every((token, k) => {
      let known = checked[k]!;
      for (let j = 0; j < terms.length; j++) {
        const term = terms[j]!;
        // A term read after the answers were sized: they grow to hold it.
        if (term >= known.length) {
          const grown = new Uint8Array(dictionary.termCount);
          grown.set(known);
          checked[k] = known = grown;
        }
        if (known[term] === 0) known[term] = dictionary.term(term).includes(token) ? 1 : 2;
        if (known[term] === 1) return true;
      }
      return false;
    });
  };
}

/** The groups a filter asks for, and how many rows they hold. */
function chosenGroups(
  index: QueueIndex<CaseSummary>,
  statuses: readonly CaseStatus[],
  countries: readonly string[],
): QueueGroup[] {
  const chosen: QueueGroup[] = [];
  for (const status of statuses) {
    const byCountry = index.groups.get(status);
    if (!byCountry) continue;
    if (countries.length === 0) {
      for (const group of byCountry.values()) chosen.push(group);
    } else {
      for (const country of countries) {
        const group = byCountry.get(country);
        if (group) chosen.push(group);
      }
    }
  }
  return chosen;
}

/** The positions of the chosen groups, merged back into sort order. */
function groupPositions(chosen: readonly QueueGroup[]): Int32Array {
  if (chosen.length === 1) return chosen[0]!.positions;
  let total = 0;
  for (const group of chosen) total += group.positions.length;
  const merged = new Int32Array(total);
  let offset = 0;
  for (const group of chosen) {
    merged.set(group.positions, offset);
    offset += group.positions.length;
  }
  // Numeric sort of a typed array: the positions are the sort order of the index.
  return merged.sort();
}

/**
 * Below this share of all rows, the chosen groups are visited on their own; above it, one
 * pass over every row's group number (and one search of the whole search text) costs less.
 */
const FEW_ROWS_SHARE = 1 / 4;

/**
 * The rows a view and its filters show, in the index's sort order: the index's own list when
 * they show every row.
 */
export function filterQueue<T extends CaseSummary>(
  index: QueueIndex<T>,
  filter: QueueFilter,
  context: ViewContext,
): readonly T[] {
  const allowed = VIEW_STATUSES[filter.view];
  const statuses =
    filter.statuses.length === 0 ? allowed : allowed.filter((s) => filter.statuses.includes(s));
  const predicate = viewPredicate(filter.view, context);
  const tokens = searchTokens(filter.text);
  const chosen = chosenGroups(index, statuses, filter.countries);
  const { rows, groupOf } = index;
  let inChosen = 0;
  for (const group of chosen) inChosen += group.positions.length;
  if (inChosen < rows.length * FEW_ROWS_SHARE) {
    const positions = groupPositions(chosen);
    const holdsWords = tokens.length > 0 ? rowHoldsEvery(index.dictionary, tokens) : null;
    const result: T[] = [];
    for (let i = 0; i < positions.length; i++) {
      const row = rows[positions[i]!]!;
      if (predicate && !predicate(row)) continue;
      if (holdsWords && !holdsWords(row)) continue;
      result.push(row);
    }
    return result;
  }
  if (inChosen === rows.length && !predicate && tokens.length === 0) return rows;
  const wanted = new Uint8Array(index.groupCount);
  for (const group of chosen) wanted[group.id] = 1;
  // Positions first, then a list of exactly their number: growing a list of 100,000 rows one
  // push at a time costs several times more than filling it.
  const found = tokens.length > 0 ? rowsContaining(index, tokens) : null;
  const kept = new Int32Array(found ? found.length : inChosen);
  let count = 0;
  if (found) {
    for (let i = 0; i < found.length; i++) {
      const position = found[i]!;
      if (wanted[groupOf[position]!] === 1 && (!predicate || predicate(rows[position]!))) {
        kept[count++] = position;
      }
    }
  } else {
    for (let i = 0; i < rows.length; i++) {
      if (wanted[groupOf[i]!] === 1 && (!predicate || predicate(rows[i]!))) kept[count++] = i;
    }
  }
  const shown = new Array<T>(count);
  for (let i = 0; i < count; i++) shown[i] = rows[kept[i]!]!;
  return shown;
}

/** Whether any filter beyond the view is set, so "no results" can offer to clear them. */
export function hasNarrowingFilters(filter: QueueFilter): boolean {
  return filter.statuses.length > 0 || filter.countries.length > 0 || filter.text.trim() !== '';
}

export function distinctCountries(rows: readonly CaseSummary[]): string[] {
  return [...new Set(rows.map((r) => r.country))].sort();
}
