import type { CasePage } from '../../../shared/api';
import { readMeta, type DeskDatabase } from '../db';
import { applyCasePage } from './apply-page';

export type FetchCasePage = (cursor: string | undefined) => Promise<CasePage>;

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
): Promise<PullResult> {
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
      continue;
    }
    if (result.kind === 'superseded') continue;
    for (const id of result.changedIds) changed.add(id);
    if (!page.hasMore) break;
  }
  return { changedIds: [...changed], reset };
}
