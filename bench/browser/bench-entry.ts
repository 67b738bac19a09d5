// The app's CSP forbids eval; zod must run as it does in the app, without its JIT.
import '../../renderer/lib/zod-config';
import { API } from '../../shared/api';
import type { CaseSummary } from '../../shared/case-record';
import {
  buildQueueIndex,
  DEFAULT_SORT,
  filterQueue,
  QUEUE_VIEWS,
  sortCases,
  type QueueFilter,
} from '../../renderer/lib/queue/queue-model';
import { createApiClient } from '../../renderer/lib/api-client';
import { DeskDatabase } from '../../renderer/lib/db';
import { firstScreenRows } from '../../renderer/lib/queue/queue-store';
import { pullCases } from '../../renderer/lib/sync/pull';
import type { BrowserFigures } from '../browser-figures';
import { median } from '../median';

const NONE = { statuses: [], countries: [], text: '' } as const;
/** Every saved view, several statuses and countries at once, and searches. */
const FILTERS: QueueFilter[] = [
  ...QUEUE_VIEWS.map((view) => ({ ...NONE, view })),
  { ...NONE, view: 'all', statuses: ['in_review'] },
  { ...NONE, view: 'all', countries: ['DE'] },
  { ...NONE, view: 'open', statuses: ['received', 'returned'], countries: ['FR', 'DE'] },
  { ...NONE, view: 'all', text: 'tribunal' },
  { ...NONE, view: 'all', text: '+33 6 12' },
  { ...NONE, view: 'open', statuses: ['received'], countries: ['FR'], text: 'paris' },
];

/** What `run` was doing, so that a failure says where (the bundle is minified). */
let stage = 'start';

/**
 * Runs in the browser page. The first sync is the app's own pull (fetch, zod, one Dexie
 * transaction per page with its cursor); the baseline writes the very same records with
 * bare bulkPut calls of the same size into an identical empty database.
 */
async function run(): Promise<BrowserFigures> {
  stage = 'first sync';
  const call = createApiClient({ fetch: (input, init) => fetch(input, init) });
  const synced = new DeskDatabase('bench-first-sync');
  await synced.delete();
  await synced.open();
  const pages: CaseSummary[][] = [];
  const syncStart = performance.now();
  await pullCases(synced, async (cursor, limit) => {
    const page = await call(API.caseChanges, { query: { cursor, limit } });
    pages.push(page.cases);
    return page;
  });
  const syncMs = performance.now() - syncStart;

  stage = 'queue';
  // The queue's first screen: the most urgent open cases, from an index.
  const firstScreenStart = performance.now();
  await firstScreenRows(synced);
  const queueFirstScreenMs = performance.now() - firstScreenStart;
  // What the queue screen does: read the mirror, sort, index, then filter per keystroke.
  const loadStart = performance.now();
  const rows = await synced.summaries.toArray();
  const queueLoadMs = performance.now() - loadStart;
  const indexStart = performance.now();
  const index = buildQueueIndex(sortCases(rows, DEFAULT_SORT));
  const queueIndexMs = performance.now() - indexStart;
  const filters = FILTERS.map((filter) => {
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      count = filterQueue(index, filter, { userId: null, now: Date.now() }).length;
      times.push(performance.now() - start);
    }
    return { filter: JSON.stringify(filter), ms: median(times), rows: count };
  });
  // The baseline is written once the synced mirror is gone: an in-memory profile's quota
  // does not hold two copies of 250,000 cases.
  synced.close();
  await synced.delete();
  stage = 'raw bulkPut';
  const raw = new DeskDatabase('bench-raw-bulkput');
  await raw.delete();
  await raw.open();
  const rawStart = performance.now();
  for (const page of pages) await raw.summaries.bulkPut(page);
  const rawBulkPutMs = performance.now() - rawStart;
  await raw.delete();

  // Kept alive so the heap figure includes the mirror as the queue holds it.
  (globalThis as { benchQueue?: unknown }).benchQueue = index;
  return {
    records: rows.length,
    pages: pages.length,
    syncMs,
    rawBulkPutMs,
    queueFirstScreenMs,
    queueLoadMs,
    queueIndexMs,
    filters,
  };
}

/** A failure as text that survives the trip to Node: the stage, the error's name and message. */
async function runReportingStage(): Promise<BrowserFigures> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`${stage} failed: ${describe(error)}`, { cause: error });
  }
}

/** Name and message, and those of the error Dexie wraps (a storage error inside an abort). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const inner = (error as { inner?: unknown }).inner;
  return `${error.name}: ${error.message}${inner === undefined ? '' : ` (${describe(inner)})`}`;
}

(globalThis as { deskBench?: () => Promise<BrowserFigures> }).deskBench = runReportingStage;
