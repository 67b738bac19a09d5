import Dexie, { type ObservabilitySet } from 'dexie';
import type { CaseSummary } from '../../../shared/case-record';
import { OPEN_STATUSES } from '../deadlines';
import type { DeskDatabase } from '../db';
import { withPendingSummary, type LocalUser } from '../sync/local-effects';
import type { QueuedMutation } from '../sync/outbox-records';
import { sameSummary } from '../same-summary';
import { changedKeys, tablePart } from '../stored-changes';
import { onSummaryChange, type SummaryChange } from '../sync/summary-events';
import {
  buildQueueIndex,
  DEFAULT_SORT,
  mergeSorted,
  sortCases,
  type QueueCase,
  type QueueIndex,
  type QueueSort,
} from './queue-model';
import { SearchDictionary } from './search-dictionary';

/**
 * `opening`: nothing read yet. `first-screen`: the most urgent open cases, read by index, are
 * shown while the rest loads. `ready`: every case is loaded and every filter applies.
 */
export type QueuePhase = 'opening' | 'first-screen' | 'ready';

export interface QueueSnapshot {
  phase: QueuePhase;
  index: QueueIndex;
  /** Cases read so far and in the mirror, while the rest loads. */
  loaded: number;
  total: number;
  error: unknown;
}

/** Per open status, how many of the soonest due the first screen reads. */
const FIRST_SCREEN_PER_STATUS = 100;
/** Rows read per step while loading the rest; the window stays responsive between steps. */
const LOAD_CHUNK = 5_000;
/** Changes written in quick succession (a first sync's pages) are folded in together. */
const FLUSH_DELAY_MS = 250;
/**
 * A merge re-sorts and regroups every row held, so on a large mirror it costs more: the wait
 * before the next merge grows with the last one's cost, keeping merges to about a fifth of
 * the window's time while a first sync writes page after page, whatever the mirror's size.
 */
const FLUSH_SHARE = 5;
/**
 * Dexie reports a write of many rows as "the whole table changed". When no pull in this window
 * says which rows it wrote (another window did, or the mirror was emptied), the queue reopens.
 */
const UNEXPLAINED_CHANGE_MS = 1_000;

const EMPTY_INDEX = buildQueueIndex<QueueCase>([]);

/** The soonest due cases of each open status, read from the `[status+dueAt]` index. */
export async function firstScreenRows(database: DeskDatabase): Promise<CaseSummary[]> {
  const perStatus = await Promise.all(
    [...OPEN_STATUSES].map((status) =>
      database.summaries
        .where('[status+dueAt]')
        .between([status, Dexie.minKey], [status, Dexie.maxKey])
        .limit(FIRST_SCREEN_PER_STATUS)
        .toArray(),
    ),
  );
  return perStatus.flat();
}

/** Cases with a search term starting with the given word, from the `*searchTerms` index. */
export function casesWithTerm(
  database: DeskDatabase,
  term: string,
  limit = 500,
): Promise<CaseSummary[]> {
  return database.summaries.where('searchTerms').startsWith(term).limit(limit).toArray();
}

/** The rows of `ids` as stored: announced ones as they are, the rest read in one request. */
export async function readChanged(
  database: DeskDatabase,
  ids: readonly string[],
  announced: ReadonlyMap<string, CaseSummary>,
): Promise<(CaseSummary | undefined)[]> {
  const unknown = ids.filter((id) => !announced.has(id));
  const read = unknown.length === 0 ? [] : await database.summaries.bulkGet(unknown);
  const fromMirror = new Map(unknown.map((id, i) => [id, read[i]]));
  return ids.map((id) => announced.get(id) ?? fromMirror.get(id));
}

const yieldToInput = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The queue's copy of the mirror, kept in memory once read: opened from an index, loaded in
 * steps, then kept current from Dexie's change events with only the changed rows read back —
 * never by reading the whole mirror again.
 */
export class QueueStore {
  private snapshot: QueueSnapshot = {
    phase: 'opening',
    index: EMPTY_INDEX,
    loaded: 0,
    total: 0,
    error: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly base = new Map<string, CaseSummary>();
  private pending = new Map<string, QueuedMutation[]>();
  private sorted: QueueCase[] = [];
  private sort: QueueSort = DEFAULT_SORT;
  private generation = 0;
  private started = false;
  private loading = false;
  private dirty = new Set<string>();
  /**
   * Rows a pull in this window announced as committed, merged without reading them back.
   * An id another write names (Dexie names the keys of a write of fewer than 50 rows) is read
   * from the mirror instead, whichever of the two was reported first: that write may be newer.
   */
  private announced = new Map<string, CaseSummary>();
  private touched = new Set<string>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private lastFlushMs = 0;
  private readonly summariesPart: string;
  private readonly outboxPart: string;
  private readonly onMutated = (parts: ObservabilitySet) => this.mutated(parts);
  private readonly onWritten = (change: SummaryChange) => this.written(change);
  private stopWritten: (() => void) | null = null;
  /** When a pull in this window last said which rows it wrote. */
  private lastAnnounced = 0;
  private checkingUnexplained = false;
  private owner: string | null = null;
  /** The terms of the cases held, kept from one index to the next; forgotten with the cases. */
  private dictionary = new SearchDictionary();

  constructor(
    private readonly database: DeskDatabase,
    private readonly user: () => LocalUser | null,
  ) {
    this.summariesPart = tablePart(database, 'summaries');
    this.outboxPart = tablePart(database, 'outbox');
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.start();
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): QueueSnapshot => this.snapshot;

  /** Sorting again is one pass over the rows in memory, not a read of the mirror. */
  setSort(sort: QueueSort): void {
    if (sort.key === this.sort.key && sort.direction === this.sort.direction) return;
    this.sort = sort;
    this.sorted = sortCases(this.sorted, sort);
    this.publish({ index: buildQueueIndex(this.sorted, this.dictionary) });
  }

  /** Rows read for another user are never shown to this one: sign-out deletes the mirror. */
  forUser(userId: string | null): void {
    if (userId === this.owner) return;
    const listening = this.started;
    this.reset();
    this.owner = userId;
    if (listening) this.start();
  }

  /** Forgets everything read, as when the mirror changes hands; the next subscriber reopens. */
  reset(): void {
    this.generation += 1;
    this.base.clear();
    this.pending.clear();
    this.sorted = [];
    this.dictionary = new SearchDictionary();
    this.dirty.clear();
    this.announced.clear();
    this.touched.clear();
    this.loading = false;
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.lastFlushMs = 0;
    this.snapshot = { phase: 'opening', index: EMPTY_INDEX, loaded: 0, total: 0, error: null };
    if (this.started) Dexie.on('storagemutated').unsubscribe(this.onMutated);
    this.stopWritten?.();
    this.stopWritten = null;
    this.checkingUnexplained = false;
    this.started = false;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    Dexie.on('storagemutated', this.onMutated);
    this.stopWritten = onSummaryChange(this.onWritten);
    void this.open(this.generation);
  }

  private publish(patch: Partial<QueueSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private row(summary: CaseSummary): QueueCase {
    const own = this.pending.get(summary.id);
    const user = this.user();
    if (!own || user === null) return summary;
    return { ...withPendingSummary(summary, own, user), pending: true };
  }

  private async readPending(): Promise<void> {
    const byCase = new Map<string, QueuedMutation[]>();
    for (const m of await this.database.outbox.toArray()) {
      byCase.set(m.caseId, [...(byCase.get(m.caseId) ?? []), m]);
    }
    this.pending = byCase;
  }

  /** The first screen from the `[status+dueAt]` index, then the rest in steps. */
  private async open(generation: number): Promise<void> {
    const { summaries } = this.database;
    try {
      await this.readPending();
      const first = await firstScreenRows(this.database);
      if (generation !== this.generation) return;
      // Counting a large mirror walks all of it, in one step of the browser's storage that
      // the first screen's reads would queue behind: it is asked for only once they are done.
      const counting = summaries.count();
      counting.catch(() => undefined);
      this.sorted = sortCases(
        first.map((r) => this.row(r)),
        this.sort,
      );
      this.publish({
        phase: 'first-screen',
        index: buildQueueIndex(this.sorted, this.dictionary),
        loaded: first.length,
        total: first.length,
        error: null,
      });
      const total = await counting;
      if (generation !== this.generation) return;
      if (total <= first.length) {
        for (const r of first) this.base.set(r.id, r);
        this.publish({ phase: 'ready', total });
        return;
      }
      this.publish({ total });
      await this.loadAll(generation);
    } catch (error) {
      if (generation === this.generation) this.publish({ error });
    }
  }

  private async loadAll(generation: number): Promise<void> {
    this.loading = true;
    const rows: CaseSummary[] = [];
    let after: string | null = null;
    for (;;) {
      const { summaries } = this.database;
      const chunk: CaseSummary[] = await (
        after === null ? summaries.toCollection() : summaries.where(':id').above(after)
      )
        .limit(LOAD_CHUNK)
        .toArray();
      if (generation !== this.generation) return;
      rows.push(...chunk);
      // Each row's search terms are read as it comes, a step at a time: a search once every
      // row is loaded then waits for none of them.
      for (const row of chunk) this.dictionary.termsOf(row);
      this.publish({ loaded: Math.max(this.snapshot.loaded, rows.length) });
      if (chunk.length < LOAD_CHUNK) break;
      after = chunk.at(-1)!.id;
      await yieldToInput();
    }
    for (const r of rows) this.base.set(r.id, r);
    this.sorted = sortCases(
      rows.map((r) => this.row(r)),
      this.sort,
    );
    this.loading = false;
    this.publish({
      phase: 'ready',
      index: buildQueueIndex(this.sorted, this.dictionary),
      loaded: rows.length,
      total: rows.length,
    });
    // Changes written while loading are read back now.
    if (this.dirty.size > 0) this.scheduleFlush();
  }

  /**
   * Reads the mirror again for the same user. What is on screen stays until every row is read,
   * so the list does not empty and refill under the user's eyes (or keyboard focus).
   */
  private reopen(): void {
    const shown = this.snapshot;
    this.reset();
    this.snapshot = shown;
    this.started = true;
    Dexie.on('storagemutated', this.onMutated);
    this.stopWritten = onSummaryChange(this.onWritten);
    const generation = this.generation;
    void this.readPending()
      .then(() => this.loadAll(generation))
      .catch((error: unknown) => {
        if (generation === this.generation) this.publish({ error });
      });
  }

  private written(change: SummaryChange): void {
    this.lastAnnounced = Date.now();
    if (change.kind === 'reset') {
      this.reopen();
      return;
    }
    for (const row of change.rows) {
      if (!this.touched.has(row.id)) this.announced.set(row.id, row);
      this.dirty.add(row.id);
    }
    this.scheduleFlush();
  }

  private mutated(parts: ObservabilitySet): void {
    const summaries = changedKeys(parts[this.summariesPart]);
    const outbox = parts[this.outboxPart] !== undefined;
    if (summaries === null && !outbox) return;
    if (summaries === 'all') {
      // Dexie reports after the write's own announcement, on a later task.
      const at = Date.now();
      if (at - this.lastAnnounced >= UNEXPLAINED_CHANGE_MS && !this.checkingUnexplained) {
        this.checkingUnexplained = true;
        const generation = this.generation;
        setTimeout(() => {
          if (generation !== this.generation) return;
          this.checkingUnexplained = false;
          if (this.lastAnnounced < at) this.reopen();
        }, UNEXPLAINED_CHANGE_MS);
      }
      if (!outbox) return;
    }
    for (const id of summaries === 'all' ? [] : (summaries ?? [])) {
      this.dirty.add(id);
      this.touched.add(id);
      this.announced.delete(id);
    }
    if (outbox) this.dirty.add('');
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushTimer !== null || this.loading) return;
    this.flushTimer = setTimeout(
      () => {
        this.flushTimer = null;
        void this.flush(this.generation);
      },
      Math.max(FLUSH_DELAY_MS, this.lastFlushMs * FLUSH_SHARE),
    );
  }

  /**
   * Merges the changed rows into the sorted rows: those a pull announced as they were
   * committed, the others (and the outbox) read back from the mirror.
   */
  private async flush(generation: number): Promise<void> {
    const dirty = this.dirty;
    const announced = this.announced;
    this.dirty = new Set();
    this.announced = new Map();
    this.touched = new Set();
    try {
      const before = new Set(this.pending.keys());
      if (dirty.delete('')) await this.readPending();
      for (const id of [...before, ...this.pending.keys()]) dirty.add(id);
      const ids = [...dirty];
      const read = await readChanged(this.database, ids, announced);
      if (generation !== this.generation) return;
      const started = performance.now();
      const changed: QueueCase[] = [];
      const removed = new Set<string>();
      ids.forEach((id, i) => {
        const summary = read[i];
        if (summary) {
          // A case written again as it was (a full copy fetched for offline work writes its
          // summary too) keeps its row, and with it the search lists made for the rows.
          const held = this.base.get(id);
          const pending = before.has(id) || this.pending.has(id);
          if (held !== undefined && !pending && sameSummary(held, summary)) return;
          this.base.set(id, summary);
          // As the load does: read now, in this step, not by the first search.
          this.dictionary.termsOf(summary);
          changed.push(this.row(summary));
        } else if (this.base.delete(id)) {
          removed.add(id);
        }
      });
      if (changed.length > 0 || removed.size > 0) {
        this.sorted = mergeSorted(this.sorted, changed, removed, this.sort);
        this.publish({
          index: buildQueueIndex(this.sorted, this.dictionary),
          loaded: this.sorted.length,
          total: Math.max(this.snapshot.total, this.sorted.length),
        });
      }
      this.lastFlushMs = performance.now() - started;
    } catch (error) {
      if (generation === this.generation) this.publish({ error });
    }
  }
}
