import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { CaseSummary } from '../../../shared/case-record';
import { countryName } from '../../../shared/countries';
import { StatusBadge } from '../../components/StatusBadge';
import { formatCompactDateTime, formatDateTime } from '../../lib/format';
import { hrefFor } from '../../lib/hash-route';
import { deadlineState, timeLeftLabel } from '../../lib/deadlines';
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

function QueueRow({ row, now }: { row: CaseSummary; now: number }) {
  const state = deadlineState(row, now);
  return (
    <>
      <div role="cell">
        <a href={hrefFor({ screen: 'case', caseId: row.id })} className="reference">
          {row.reference}
        </a>
      </div>
      <div role="cell">
        <StatusBadge status={row.status} />
        {'pending' in row && row.pending === true && (
          <span className="pending-label"> · pending</span>
        )}
      </div>
      <div role="cell" className="truncate" title={row.authorityName}>
        {row.authorityName}
      </div>
      <div role="cell" className="truncate" title={countryName(row.country)}>
        {countryName(row.country)}
      </div>
      <div role="cell" title={formatDateTime(row.receivedAt)}>
        {formatCompactDateTime(row.receivedAt)}
      </div>
      <div
        role="cell"
        className={`deadline deadline-${state}`}
        title={`Due ${formatDateTime(row.dueAt)}`}
      >
        {state === 'answered' ? formatCompactDateTime(row.dueAt) : timeLeftLabel(row.dueAt, now)}
        {state === 'overdue' && <span className="overdue-label"> · overdue</span>}
        {state === 'due_soon' && <span className="due-soon-label"> · due within 24 h</span>}
      </div>
      <div role="cell">{row.emergency ? <span className="flag">Emergency</span> : ''}</div>
      <div role="cell" className="truncate">
        {row.assigneeName ?? <span className="muted">Unassigned</span>}
      </div>
    </>
  );
}

/** Only the rows in view are in the DOM, so 100,000 cases scroll as smoothly as 100. */
export function QueueTable({ rows, sort, onSort, now }: QueueTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer hands back fresh functions each render; the compiler must not memoise them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <div role="table" aria-label="Cases" aria-rowcount={rows.length + 1} className="queue-table">
      <div role="rowgroup" className="queue-head">
        <div role="row" className="queue-row" aria-rowindex={1}>
          {COLUMNS.map((col) => {
            const active = sort.key === col.key;
            const ariaSort = active
              ? sort.direction === 'asc'
                ? 'ascending'
                : 'descending'
              : 'none';
            return (
              <div role="columnheader" aria-sort={ariaSort} key={col.key}>
                <button type="button" className="sort-button" onClick={() => onSort(col.key)}>
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
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                role="row"
                aria-rowindex={item.index + 2}
                key={row.id}
                className={`queue-row row-${deadlineState(row, now)}${item.index % 2 === 0 ? '' : ' alt'}`}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <QueueRow row={row} now={now} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
