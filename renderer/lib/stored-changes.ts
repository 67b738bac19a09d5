import { cmp, type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie';
import type { DeskDatabase } from './db';

/** Primary keys a Dexie change event names, or 'all' when it covers a range (a clear). */
export function changedKeys(tree: IntervalTree | undefined): string[] | 'all' | null {
  if (!tree) return null;
  const keys: string[] = [];
  const stack: IntervalTreeNode[] = 'from' in tree ? [tree] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.from !== 'string' || cmp(node.from, node.to) !== 0) return 'all';
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

/** The part of a Dexie change event that covers one table's rows. */
export function tablePart(database: DeskDatabase, table: string): string {
  return `idb://${database.name}/${table}/`;
}

/**
 * Whether a write, in this window or another, may have changed what a case's screen shows:
 * its stored copy, or the outbox whose pending actions are folded over it. Outbox rows are
 * keyed by seq, not by case, so any outbox write counts.
 */
export function touchesCase(
  database: DeskDatabase,
  parts: ObservabilitySet,
  caseId: string,
): boolean {
  if (parts[tablePart(database, 'outbox')] !== undefined) return true;
  const details = changedKeys(parts[tablePart(database, 'details')]);
  return details === 'all' || (details?.includes(caseId) ?? false);
}
