/**
 * Where the queue grid's one Tab stop is: row 0 is the header of sort buttons, rows 1..n the
 * cases. Arrow keys, Home/End, Page Up/Down and j/k move it; it never leaves the grid.
 */
export interface GridPosition {
  row: number;
  col: number;
}

const PAGE = 10;

export function moveInGrid(
  at: GridPosition,
  key: string,
  withCtrl: boolean,
  rows: number,
  cols: number,
): GridPosition | null {
  const lastRow = rows;
  const clampRow = (r: number) => Math.max(0, Math.min(lastRow, r));
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return { ...at, row: clampRow(at.row + 1) };
    case 'ArrowUp':
    case 'k':
      return { ...at, row: clampRow(at.row - 1) };
    case 'ArrowRight':
      return { ...at, col: Math.min(cols - 1, at.col + 1) };
    case 'ArrowLeft':
      return { ...at, col: Math.max(0, at.col - 1) };
    case 'PageDown':
      return { ...at, row: clampRow(at.row + PAGE) };
    case 'PageUp':
      return { ...at, row: clampRow(at.row - PAGE) };
    case 'Home':
      return withCtrl ? { row: 0, col: 0 } : { ...at, col: 0 };
    case 'End':
      return withCtrl ? { row: lastRow, col: cols - 1 } : { ...at, col: cols - 1 };
    default:
      return null;
  }
}

/** The position kept inside the grid after the rows change (a filter, a sync). */
export function clampPosition(at: GridPosition, rows: number, cols: number): GridPosition {
  return { row: Math.min(at.row, rows), col: Math.min(at.col, cols - 1) };
}

/** A position that also remembers the case it is on. */
export interface CasePosition extends GridPosition {
  caseId?: string;
}

/**
 * Where the remembered case sits now: a sync or a re-sort that moves rows keeps the stop on the
 * case the user was on, so the keyboard never lands on a different case. A case that left the
 * list leaves the stop at its old row.
 */
export function followCase(at: CasePosition, rows: readonly { id: string }[]): GridPosition {
  if (at.row === 0 || at.caseId === undefined) return at;
  if (rows[at.row - 1]?.id === at.caseId) return at;
  const index = rows.findIndex((row) => row.id === at.caseId);
  return index < 0 ? at : { row: index + 1, col: at.col };
}
