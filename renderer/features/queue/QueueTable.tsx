import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { CaseSummary } from '../../../shared/case-record';
import { countryName } from '../../../shared/countries';
import { PreservationMarker } from '../../components/case/PreservationMarker';
import { StatusBadge } from '../../components/StatusBadge';
import { formatCompactDateTime, formatDateTime } from '../../lib/format';
import { hrefFor, navigate } from '../../lib/hash-route';
import { deadlineState, timeLeftLabel } from '../../lib/deadlines';
import { focusWhenReady } from '../../lib/focus';
import { ariaKeys } from '../../lib/keyboard/shortcut-keys';
import { useShortcut } from '../../lib/keyboard/shortcut-registry';
import { clampPosition, moveInGrid, type GridPosition } from './grid-position';
import type { QueueSort, SortKey } from './queue-model';

const ROW_HEIGHT = 40;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'reference', label: 'Reference' },
  { key: 'status', label: 'Status' },
  { key: 'authorityName', label: 'Authority' },
  { key: 'country', label: 'Country' },
  { key: 'receivedAt', label: 'Received' },
  { key: 'dueAt', label: 'Time left' },
  { key: 'emergency', label: 'Emergency' },
  { key: 'assigneeName', label: 'Assignee' },
];

interface QueueTableProps {
  rows: readonly CaseSummary[];
  sort: QueueSort;
  onSort: (key: SortKey) => void;
  now: number;
}

/** The roving tabindex: the one cell (or the control in it) that Tab reaches. */
type StopFor = (col: number) => { tabIndex: number; 'data-grid-col': number };

function QueueRow({ row, now, stop }: { row: CaseSummary; now: number; stop: StopFor }) {
  const state = deadlineState(row, now);
  return (
    <>
      <div role="gridcell">
        <a
          href={hrefFor({ screen: 'case', caseId: row.id })}
          className="reference"
          aria-keyshortcuts="Enter"
          {...stop(0)}
        >
          {row.reference}
        </a>
      </div>
      <div role="gridcell" {...stop(1)}>
        <StatusBadge status={row.status} />
        <PreservationMarker row={row} now={now} />
        {'pending' in row && row.pending === true && (
          <span className="pending-label"> · pending</span>
        )}
      </div>
      <div role="gridcell" className="truncate" title={row.authorityName} {...stop(2)}>
        {row.authorityName}
      </div>
      <div role="gridcell" className="truncate" title={countryName(row.country)} {...stop(3)}>
        {countryName(row.country)}
      </div>
      <div role="gridcell" title={formatDateTime(row.receivedAt)} {...stop(4)}>
        {formatCompactDateTime(row.receivedAt)}
      </div>
      <div
        role="gridcell"
        className={`deadline deadline-${state}`}
        title={`Due ${formatDateTime(row.dueAt)}`}
        {...stop(5)}
      >
        {state === 'answered' ? formatCompactDateTime(row.dueAt) : timeLeftLabel(row.dueAt, now)}
        {state === 'overdue' && <span className="overdue-label"> · overdue</span>}
        {state === 'due_soon' && <span className="due-soon-label"> · due within 24 h</span>}
      </div>
      <div role="gridcell" {...stop(6)}>
        {row.emergency ? <span className="flag">Emergency</span> : ''}
      </div>
      <div role="gridcell" className="truncate" {...stop(7)}>
        {row.assigneeName ?? <span className="muted">Unassigned</span>}
      </div>
    </>
  );
}

/**
 * Only the rows in view are in the DOM, so 100,000 cases scroll as smoothly as 100. The grid is
 * one Tab stop; the arrow keys (and j/k) move within it, Enter opens the case.
 */
export function QueueTable({ rows, sort, onSort, now }: QueueTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<GridPosition>({ row: 1, col: 0 });
  // The virtualizer hands back fresh functions each render; the compiler must not memoise them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const active = clampPosition(position, rows.length, COLUMNS.length);
  // A case scrolled out of view is not in the DOM: the Tab stop then sits on the first row
  // shown, so the grid never loses it.
  const shown = (row: number) => row === 0 || items.some((i) => i.index === row - 1);
  const stopRow = shown(active.row) ? active.row : (items[0]?.index ?? -1) + 1;
  const stopFor =
    (row: number): StopFor =>
    (col) => ({
      tabIndex: row === stopRow && col === active.col ? 0 : -1,
      'data-grid-col': col,
    });

  function moveTo(next: GridPosition) {
    setPosition(next);
    if (next.row > 0) virtualizer.scrollToIndex(next.row - 1);
    focusWhenReady(
      () =>
        gridRef.current?.querySelector<HTMLElement>(
          `[aria-rowindex="${next.row + 1}"] [data-grid-col="${next.col}"]`,
        ) ?? null,
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'Enter' && active.row > 0 && !(event.target instanceof HTMLAnchorElement)) {
      const row = rows[active.row - 1];
      if (row) {
        event.preventDefault();
        navigate({ screen: 'case', caseId: row.id });
      }
      return;
    }
    if (event.ctrlKey && event.key !== 'Home' && event.key !== 'End') return;
    const next = moveInGrid(active, event.key, event.ctrlKey, rows.length, COLUMNS.length);
    if (!next) return;
    event.preventDefault();
    moveTo(next);
  }

  // Outside the grid, j and k bring the keyboard into it at the current case.
  const enterGrid = () => {
    if (rows.length === 0) return false;
    // From the search field the first match is what the user is after.
    const fromSearch =
      document.activeElement instanceof HTMLInputElement &&
      document.activeElement.type === 'search';
    moveTo(fromSearch ? { row: 1, col: 0 } : { row: Math.max(1, active.row), col: active.col });
    return true;
  };
  useShortcut('next', enterGrid);
  useShortcut('previous', enterGrid);

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label="Cases"
      aria-rowcount={rows.length + 1}
      aria-colcount={COLUMNS.length}
      aria-keyshortcuts={[ariaKeys('next'), ariaKeys('previous')].join(' ')}
      className="queue-table"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        // A click or Tab into a cell moves the stop there too.
        const col = event.target.getAttribute('data-grid-col');
        const rowIndex = event.target.closest('[aria-rowindex]')?.getAttribute('aria-rowindex');
        if (col !== null && rowIndex) {
          const row = Number(rowIndex) - 1;
          if (row !== active.row || Number(col) !== active.col) {
            setPosition({ row, col: Number(col) });
          }
        }
      }}
    >
      <div role="rowgroup" className="queue-head">
        <div role="row" className="queue-row" aria-rowindex={1}>
          {COLUMNS.map((col, colIndex) => {
            const active = sort.key === col.key;
            const ariaSort = active
              ? sort.direction === 'asc'
                ? 'ascending'
                : 'descending'
              : 'none';
            return (
              <div role="columnheader" aria-sort={ariaSort} key={col.key}>
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => onSort(col.key)}
                  {...stopFor(0)(colIndex)}
                >
                  {col.label}
                  <span aria-hidden="true" className="sort-mark">
                    {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scrollRef} className="queue-scroll" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                role="row"
                aria-rowindex={item.index + 2}
                key={row.id}
                className={`queue-row row-${deadlineState(row, now)}${item.index % 2 === 0 ? '' : ' alt'}`}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <QueueRow row={row} now={now} stop={stopFor(item.index + 1)} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
