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
  for (let pageNumber = 0; pageNumber < MAX_PAGES_PER_PULL; pageNumber++) {
    const cursor = await readMeta(database, 'cursor');
    const page = await fetchPage(cursor);
    // Signing out wipes the mirror; a page that arrives afterwards must not refill it.
    if (cancelled()) break;
    const result = await applyCasePage(database, page, cursor);
    if (result.kind === 'reset') {
      reset = true;
      changed.clear();
      applied = 0;
      continue;
    }
    if (result.kind === 'superseded') continue;
    for (const id of result.changedIds) changed.add(id);
    applied += result.changedIds.length;
    onProgress({ applied, remaining: page.hasMore ? (page.remaining ?? 0) : 0 });
    if (!page.hasMore) break;
  }
  return { changedIds: [...changed], reset };
}
