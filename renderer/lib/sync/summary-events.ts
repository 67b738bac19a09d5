import type { CaseSummary } from '../../../shared/case-record';

/**
 * What a pull wrote to the mirror's summaries, for whoever keeps a copy in memory (the queue):
 * the rows of a page just committed, as stored, or that the mirror was emptied and refilled
 * from scratch. A write of many rows at once is otherwise reported by Dexie only as "the
 * table changed", and the rows themselves spare the reader a read of what was just written.
 */
export type SummaryChange = { kind: 'written'; rows: readonly CaseSummary[] } | { kind: 'reset' };

const listeners = new Set<(change: SummaryChange) => void>();

export function announceSummaryChange(change: SummaryChange): void {
  for (const listener of listeners) listener(change);
}

export function onSummaryChange(listener: (change: SummaryChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
