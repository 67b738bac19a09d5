import { useDeferredValue, useMemo, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { runShortcut } from '../../lib/keyboard/shortcut-registry';
import { NotificationsDue } from './NotificationsDue';
import { QueueFilters } from './QueueFilters';
import {
  buildQueueIndex,
  DEFAULT_SORT,
  distinctCountries,
  EMPTY_FILTER,
  filterQueue,
  sortCases,
  type QueueFilter,
  type QueueSort,
  type SortKey,
} from './queue-model';
import { QueueTable } from './QueueTable';
import { useQueueCases } from './use-queue-cases';

export function QueueScreen() {
  const cases = useQueueCases();
  const [sort, setSort] = useState<QueueSort>(DEFAULT_SORT);
  const [filter, setFilter] = useState<QueueFilter>(EMPTY_FILTER);
  // Typing stays responsive: the table catches up with the filter in a deferred render.
  const deferredFilter = useDeferredValue(filter);
  const rows = cases.data;

  // Sorting is the expensive step, so it runs only when the data or the sort changes;
  // filtering the sorted index keeps its order and costs one pass.
  const index = useMemo(() => buildQueueIndex(sortCases(rows ?? [], sort)), [rows, sort]);
  const visible = useMemo(() => filterQueue(index, deferredFilter), [index, deferredFilter]);
  const countries = useMemo(() => distinctCountries(rows ?? []), [rows]);
  const [now] = useState(() => Date.now());

  function toggleSort(key: SortKey) {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: 'asc' },
    );
  }

  return (
    <main className="page page-wide">
      <div className="page-title">
        <h1>Queue</h1>
        <p className="count" role="status">
          {visible.length === (rows?.length ?? 0)
            ? `${formatCount(visible.length)} cases`
            : `${formatCount(visible.length)} of ${formatCount(rows?.length ?? 0)} cases`}
        </p>
      </div>
      <NotificationsDue />
      <div
        onKeyDown={(event) => {
          // From the search field, Down or Enter goes to the first case found.
          const searching =
            event.target instanceof HTMLInputElement && event.target.type === 'search';
          if (searching && (event.key === 'ArrowDown' || event.key === 'Enter')) {
            if (runShortcut('next')) event.preventDefault();
          }
        }}
      >
        <QueueFilters filter={filter} countries={countries} onChange={setFilter} />
      </div>
      <ErrorNotice error={cases.error} />
      {rows && rows.length === 0 ? (
        <p className="empty">No cases yet. Imported orders appear here.</p>
      ) : (
        <QueueTable rows={visible} sort={sort} onSort={toggleSort} now={now} />
      )}
    </main>
  );
}
