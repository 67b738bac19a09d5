/**
 * What a pull wrote to the mirror's summaries, for whoever keeps a copy in memory (the queue):
 * the ids of a page just written, or that the mirror was emptied and refilled from scratch.
 * A write of many rows at once is otherwise reported by Dexie only as "the table changed".
 */
export type SummaryChange = { kind: 'written'; ids: readonly string[] } | { kind: 'reset' };

const listeners = new Set<(change: SummaryChange) => void>();

export function announceSummaryChange(change: SummaryChange): void {
  for (const listener of listeners) listener(change);
}

export function onSummaryChange(listener: (change: SummaryChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
