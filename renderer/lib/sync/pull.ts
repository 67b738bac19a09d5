import type { CasePage } from '../../../shared/api';
import { readMeta, type DeskDatabase } from '../db';
import { applyCasePage } from './apply-page';
import { announceSummaryChange } from './summary-events';

/** `limit`: how many changes the page may carry at most. */
export type FetchCasePage = (cursor: string | undefined, limit: number) => Promise<CasePage>;

/**
 * Page sizes of one pull: the first page is small, so the first write starts (and the queue
 * shows its first rows) after a short round trip; each page after it doubles, up to the
 * largest page, while the next page travels during the current page's write.
 */
export const FIRST_PAGE_LIMIT = 500;
export const PAGE_LIMIT = 2000;

export function nextPageLimit(limit: number): number {
  return Math.min(limit * 2, PAGE_LIMIT);
}

/**
 * How far a pull has come: cases applied so far, and how many follow — 0 when done, null
 * when more follow but the total is not known (a first sync resumed after a break).
 */
export interface PullProgress {
  applied: number;
  remaining: number | null;
}

export interface PullResult {
  changedIds: string[];
  reset: boolean;
  /** A policy version new to this workstation was stored. */
  policyChanged: boolean;
}

/** A bound on one pull, so a server that always answers `hasMore` cannot spin the loop forever. */
const MAX_PAGES_PER_PULL = 1000;

/** Pulls pages until the mirror is current. */
export async function pullCases(
  database: DeskDatabase,
  fetchPage: FetchCasePage,
  cancelled: () => boolean = () => false,
  onProgress: (progress: PullProgress) => void = () => {},
): Promise<PullResult> {
  let applied = 0;
  let total: number | null = null;
  const changed = new Set<string>();
  let reset = false;
  let policyChanged = false;
  let cursor = await readMeta(database, 'cursor');
  let prefetched: Promise<CasePage> | null = null;
  let limit = FIRST_PAGE_LIMIT;
  for (let pageNumber = 0; pageNumber < MAX_PAGES_PER_PULL; pageNumber++) {
    const requested = cursor;
    const page = await (prefetched ?? fetchPage(requested, limit));
    prefetched = null;
    limit = nextPageLimit(limit);
    // Signing out wipes the mirror; a page that arrives afterwards must not refill it.
    if (cancelled()) break;
    // The next page travels while this one is written, so network and IndexedDB overlap.
    // If this page turns out outdated, the prefetched one is dropped unread.
    if (page.hasMore) {
      prefetched = fetchPage(page.cursor, limit);
      prefetched.catch(() => undefined);
    }
    const result = await applyCasePage(database, page, requested);
    if (result.kind === 'reset') {
      announceSummaryChange({ kind: 'reset' });
      reset = true;
      changed.clear();
      applied = 0;
      total = null;
      prefetched = null;
      limit = FIRST_PAGE_LIMIT;
      cursor = undefined;
      continue;
    }
    if (result.kind === 'superseded') {
      prefetched = null;
      cursor = await readMeta(database, 'cursor');
      continue;
    }
    for (const id of result.changedIds) changed.add(id);
    announceSummaryChange({ kind: 'written', rows: page.cases });
    policyChanged ||= result.policyChanged;
    if (total === null && page.remaining !== undefined) {
      total = applied + result.changedIds.length + page.remaining;
    }
    applied += result.changedIds.length;
    const remaining = !page.hasMore ? 0 : total === null ? null : Math.max(total - applied, 0);
    onProgress({ applied, remaining });
    if (!page.hasMore) break;
    cursor = page.cursor;
  }
  return { changedIds: [...changed], reset, policyChanged };
}
