import type { CasePage } from '../../../shared/api';
import { readMeta, type DeskDatabase } from '../db';
import { applyCasePage } from './apply-page';

export type FetchCasePage = (cursor: string | undefined) => Promise<CasePage>;

/** How far a pull has come: cases applied so far and, while pages remain, how many follow. */
export interface PullProgress {
  applied: number;
  remaining: number;
}

export interface PullResult {
  changedIds: string[];
  reset: boolean;
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
  const changed = new Set<string>();
  let reset = false;
  let cursor = await readMeta(database, 'cursor');
  let prefetched: Promise<CasePage> | null = null;
  for (let pageNumber = 0; pageNumber < MAX_PAGES_PER_PULL; pageNumber++) {
    const requested = cursor;
    const page = await (prefetched ?? fetchPage(requested));
    prefetched = null;
    // Signing out wipes the mirror; a page that arrives afterwards must not refill it.
    if (cancelled()) break;
    // The next page travels while this one is written, so network and IndexedDB overlap.
    // If this page turns out outdated, the prefetched one is dropped unread.
    if (page.hasMore) {
      prefetched = fetchPage(page.cursor);
      prefetched.catch(() => undefined);
    }
    const result = await applyCasePage(database, page, requested);
    if (result.kind === 'reset') {
      reset = true;
      changed.clear();
      applied = 0;
      prefetched = null;
      cursor = undefined;
      continue;
    }
    if (result.kind === 'superseded') {
      prefetched = null;
      cursor = await readMeta(database, 'cursor');
      continue;
    }
    for (const id of result.changedIds) changed.add(id);
    applied += result.changedIds.length;
    onProgress({ applied, remaining: page.hasMore ? (page.remaining ?? 0) : 0 });
    if (!page.hasMore) break;
    cursor = page.cursor;
  }
  return { changedIds: [...changed], reset };
}
