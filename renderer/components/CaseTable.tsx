import { memo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CaseSummary } from '../../shared/case-record';
import { countryName } from '../../shared/countries';
import { formatCompactDateTime, formatDateTime } from '../lib/format';
import { hrefFor, navigate, type AppRoute } from '../lib/hash-route';
import { deadlineState, timeLeftLabel } from '../lib/deadlines';
import { focusWhenReady } from '../lib/focus';
import { ariaKeys } from '../lib/keyboard/shortcut-keys';
import { useShortcut } from '../lib/keyboard/shortcut-registry';
import type { QueueCase, QueueSort, SortKey } from '../lib/queue/queue-model';
import {
  clampPosition,
  followCase,
  moveInGrid,
  type CasePosition,
  type GridPosition,
} from './grid-position';
import { useRowWindow } from './row-window';
import { StatusBadge } from './StatusBadge';
import { PreservationMarker } from './case/PreservationMarker';

const ROW_HEIGHT = 40;

/** One column of a case table: what it sorts by, its heading, its width and its cell. */
export interface CaseColumn {
  key: SortKey;
  label: string;
  /** A CSS grid track: wide enough that what the cell says is never cut off. */
  width: string;
  /** A cell whose text may be cut shows the whole of it on hover. */
  title?: (row: QueueCase) => string;
  cell: (row: QueueCase, now: number) => ReactNode;
}

/** "2 d 5 h left", "3 h overdue", "Answered": the same words in every row and every list. */
export function TimeLeft({ row, now }: { row: CaseSummary; now: number }) {
  const state = deadlineState(row, now);
  if (state === 'answered') return <span className="muted">Answered</span>;
  return (
    <span className={`deadline deadline-${state}`}>
      {state !== 'on_time' && (
        <span className="timer" aria-hidden="true">
          ⏱{' '}
        </span>
      )}
      {timeLeftLabel(row.dueAt, now)}
    </span>
  );
}

export const COLUMN: Record<
  | 'reference'
  | 'status'
  | 'authority'
  | 'country'
  | 'received'
  | 'timeLeft'
  | 'emergency'
  | 'assignee',
  CaseColumn
> = {
  reference: {
    key: 'reference',
    label: 'Reference',
    width: '13rem',
    title: (row) => row.reference,
    cell: (row) => row.reference,
  },
  status: {
    key: 'status',
    label: 'Status',
    width: '16rem',
    cell: (row, now) => (
      <>
        <StatusBadge status={row.status} />
        <PreservationMarker row={row} now={now} />
        {row.pending === true && <span className="pending-label"> · pending</span>}
      </>
    ),
  },
  authority: {
    key: 'authorityName',
    label: 'Authority',
    width: 'minmax(14rem, 2fr)',
    title: (row) => row.authorityName,
    cell: (row) => row.authorityName,
  },
  country: {
    key: 'country',
    label: 'Country',
    width: '9rem',
    title: (row) => countryName(row.country),
    cell: (row) => countryName(row.country),
  },
  received: {
    key: 'receivedAt',
    label: 'Received',
    width: '11rem',
    title: (row) => formatDateTime(row.receivedAt),
    cell: (row) => formatCompactDateTime(row.receivedAt),
  },
  timeLeft: {
    key: 'dueAt',
    label: 'Time left',
    width: '12rem',
    title: (row) => `Due ${formatDateTime(row.dueAt)}`,
    cell: (row, now) => <TimeLeft row={row} now={now} />,
  },
  emergency: {
    key: 'emergency',
    label: 'Emergency',
    width: '7rem',
    cell: (row) => (row.emergency ? <span className="flag">Emergency</span> : ''),
  },
  assignee: {
    key: 'assigneeName',
    label: 'Assignee',
    width: 'minmax(9rem, 1fr)',
    title: (row) => row.assigneeName ?? 'Unassigned',
    cell: (row) => row.assigneeName ?? <span className="muted">Unassigned</span>,
  },
};

export interface CaseTableProps {
  label: string;
  columns: readonly CaseColumn[];
  rows: readonly QueueCase[];
  sort: QueueSort;
  onSort: (key: SortKey) => void;
  now: number;
  /** Where a row leads: the case, or its approval. */
  routeFor: (row: QueueCase) => AppRoute;
  /** A class for a row beyond its deadline state, e.g. a case this user may not approve. */
  rowClass?: (row: QueueCase) => string;
}

/** The roving tabindex: the one cell (or the control in it) that Tab reaches. */
type StopFor = (col: number) => { tabIndex: number; 'data-grid-col': number };

function CaseRow({
  row,
  now,
  stop,
  columns,
  route,
}: {
  row: QueueCase;
  now: number;
  stop: StopFor;
  columns: readonly CaseColumn[];
  route: AppRoute;
}) {
  return (
    <>
      {columns.map((column, col) =>
        col === 0 ? (
          <div role="gridcell" key={column.label} title={column.title?.(row)}>
            <a href={hrefFor(route)} className="reference" aria-keyshortcuts="Enter" {...stop(0)}>
              {column.cell(row, now)}
            </a>
          </div>
        ) : (
          <div role="gridcell" key={column.label} title={column.title?.(row)} {...stop(col)}>
            {column.cell(row, now)}
          </div>
        ),
      )}
    </>
  );
}

/**
 * Only the rows in view are in the DOM, so 100,000 cases scroll as smoothly as 100. The grid is
 * one Tab stop; the arrow keys (and j/k) move within it, Enter opens the case. Drawn again only
 * when its rows or settings change, not on every keystroke in the filters above it.
 */
export const CaseTable = memo(function CaseTable({
  label,
  columns,
  rows,
  sort,
  onSort,
  now,
  routeFor,
  rowClass,
}: CaseTableProps) {
  const gridTemplateColumns = columns.map((c) => c.width).join(' ');
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<CasePosition>({ row: 1, col: 0 });
  const drawn = useRowWindow(scrollRef, rows.length, ROW_HEIGHT, 12);
  const active = clampPosition(followCase(position, rows), rows.length, columns.length);
  // A case scrolled out of view is not in the DOM: the Tab stop then sits on the first row
  // shown, so the grid never loses it.
  const shown = (row: number) => row === 0 || (row - 1 >= drawn.start && row - 1 < drawn.end);
  const stopRow = shown(active.row) ? active.row : drawn.start + 1;
  const stopFor =
    (row: number): StopFor =>
    (col) => ({
      tabIndex: row === stopRow && col === active.col ? 0 : -1,
      'data-grid-col': col,
    });

  const at = (next: GridPosition): CasePosition => {
    const caseId = next.row > 0 ? rows[next.row - 1]?.id : undefined;
    return caseId === undefined ? next : { ...next, caseId };
  };

  function moveTo(next: GridPosition) {
    setPosition(at(next));
    if (next.row > 0) drawn.scrollToIndex(next.row - 1);
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
        navigate(routeFor(row));
      }
      return;
    }
    if (event.ctrlKey && event.key !== 'Home' && event.key !== 'End') return;
    const next = moveInGrid(active, event.key, event.ctrlKey, rows.length, columns.length);
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
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
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
            setPosition(at({ row, col: Number(col) }));
          }
        }
      }}
    >
      <div role="rowgroup" className="queue-head">
        <div role="row" className="queue-row" aria-rowindex={1} style={{ gridTemplateColumns }}>
          {columns.map((col, colIndex) => {
            const active = sort.key === col.key;
            const ariaSort = active
              ? sort.direction === 'asc'
                ? 'ascending'
                : 'descending'
              : 'none';
            return (
              <div role="columnheader" aria-sort={ariaSort} key={col.label}>
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
        <div style={{ height: drawn.totalHeight, position: 'relative' }}>
          {rows.slice(drawn.start, drawn.end).map((row, offset) => {
            const index = drawn.start + offset;
            return (
              <div
                role="row"
                aria-rowindex={index + 2}
                key={row.id}
                className={`queue-row row-${deadlineState(row, now)}${index % 2 === 0 ? '' : ' alt'} ${rowClass?.(row) ?? ''}`}
                style={{
                  height: ROW_HEIGHT,
                  transform: `translateY(${index * ROW_HEIGHT}px)`,
                  gridTemplateColumns,
                }}
              >
                <CaseRow
                  row={row}
                  now={now}
                  stop={stopFor(index + 1)}
                  columns={columns}
                  route={routeFor(row)}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});
