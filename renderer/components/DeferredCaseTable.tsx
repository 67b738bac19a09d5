import { useDeferredValue, useEffect, useLayoutEffect, type RefObject } from 'react';
import type { QueueCase } from '../lib/queue/queue-model';
import { CaseTable, type CaseTableProps } from './CaseTable';

interface DeferredCaseTableProps extends CaseTableProps {
  /**
   * What the user chose that the rows answer (the filter). Rows that change because it
   * changed are drawn later; rows that change because the cases changed (the queue opening,
   * a sync) are drawn at once, as the count is.
   */
  chosen: object;
  /** True while the grid still shows rows from before the latest filter. */
  behindRef: RefObject<boolean>;
  /** Called once the grid shows the latest rows, if a key was held back meanwhile. */
  keyWaitingRef: RefObject<(() => void) | null>;
}

/**
 * The case grid, drawn for a new filter in a render of its own that React may interrupt: the
 * count and the filters above follow each keystroke at once, and typing is never held up by
 * drawing rows the next keystroke replaces. Only this component renders again for the rows,
 * not the screen around it; no rows means no grid. A key meant for the rows (Down or Enter
 * from the search field) is held back until they are the rows just found.
 */
export function DeferredCaseTable({
  chosen,
  behindRef,
  keyWaitingRef,
  ...table
}: DeferredCaseTableProps) {
  // Both are deferred in the same render, so the rows follow exactly when the filter does.
  const deferredChosen = useDeferredValue(chosen);
  const deferredRows = useDeferredValue(table.rows);
  const rows: readonly QueueCase[] = deferredChosen === chosen ? table.rows : deferredRows;
  const caughtUp = rows === table.rows;
  useLayoutEffect(() => {
    behindRef.current = !caughtUp;
  });
  useEffect(() => {
    if (!caughtUp || keyWaitingRef.current === null) return;
    const run = keyWaitingRef.current;
    keyWaitingRef.current = null;
    run();
  });
  if (rows.length === 0) return null;
  return <CaseTable {...table} rows={rows} />;
}
