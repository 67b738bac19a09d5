import { useMemo, useRef, type MouseEvent } from 'react';
import { COLUMN } from '../../components/CaseTable';
import { DeferredCaseTable } from '../../components/DeferredCaseTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FinishedCaseNotice } from '../../components/case/FinishedCaseNotice';
import { formatCount } from '../../lib/format';
import { hrefFor, type AppRoute } from '../../lib/hash-route';
import { runShortcut } from '../../lib/keyboard/shortcut-registry';
import { NotificationsDue } from './NotificationsDue';
import {
  DEFAULT_SORT,
  EMPTY_FILTER,
  filterQueue,
  hasNarrowingFilters,
  QUEUE_VIEWS,
  VIEW_LABELS,
  type QueueCase,
} from '../../lib/queue/queue-model';
import { queueParams, type QueueQuery } from '../../lib/queue/queue-params';
import { useCaseList } from '../../lib/queue/use-case-list';
import { CaseFilters } from '../../components/CaseFilters';
import { QueueStates } from '../../components/QueueStates';

const DEFAULTS: QueueQuery = { filter: EMPTY_FILTER, sort: DEFAULT_SORT };
const COLUMNS = [
  COLUMN.reference,
  COLUMN.status,
  COLUMN.authority,
  COLUMN.country,
  COLUMN.received,
  COLUMN.timeLeft,
  COLUMN.emergency,
  COLUMN.assignee,
];
const caseRoute = (row: QueueCase): AppRoute => ({ screen: 'case', caseId: row.id });

function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}

export function QueueScreen() {
  const { userId, query, setQuery, queue, appliedFilter, now, visible, toggleSort } = useCaseList(
    'queue',
    DEFAULTS,
  );
  const { filter, sort } = query;
  const total = queue.index.rows.length;
  // Down or Enter in the search field while the grid still shows the previous rows would move
  // to a case the search no longer finds: the key waits until the grid has caught up.
  const gridBehind = useRef(false);
  const keyWaiting = useRef<(() => void) | null>(null);
  // A search that finds nothing in this view may find the case in another one.
  const elsewhere = useMemo(
    () =>
      visible.length === 0 && appliedFilter.text.trim() !== '' && appliedFilter.view !== 'all'
        ? filterQueue(queue.index, { ...appliedFilter, view: 'all' }, { userId, now }).length
        : 0,
    [visible.length, queue.index, appliedFilter, userId, now],
  );
  return (
    <main className="page page-wide">
      <div className="page-title">
        <h1>Queue</h1>
        <p className="count" role="status">
          {queue.phase === 'opening'
            ? 'Opening the queue…'
            : visible.length === total
              ? `${formatCount(total)} ${total === 1 ? 'case' : 'cases'}`
              : `${formatCount(visible.length)} of ${formatCount(total)} cases`}
        </p>
      </div>
      <FinishedCaseNotice href={hrefFor({ screen: 'queue' })} />
      <NotificationsDue />
      <div
        onKeyDown={(event) => {
          // From the search field, Down or Enter goes to the first case found.
          const searching =
            event.target instanceof HTMLInputElement && event.target.type === 'search';
          if (searching && (event.key === 'ArrowDown' || event.key === 'Enter')) {
            if (gridBehind.current) {
              keyWaiting.current = () => runShortcut('next');
              event.preventDefault();
            } else if (runShortcut('next')) event.preventDefault();
          }
        }}
      >
        <CaseFilters
          filter={filter}
          countries={queue.index.countries}
          onChange={(next) => setQuery({ filter: next, sort })}
        />
      </div>
      <nav aria-label="Saved views">
        <ul className="views">
          {QUEUE_VIEWS.map((view) => (
            <li key={view}>
              <a
                href={hrefFor({
                  screen: 'queue',
                  params: queueParams({ filter: { ...EMPTY_FILTER, view }, sort }, DEFAULTS),
                })}
                aria-current={filter.view === view ? 'page' : undefined}
                onClick={(event) => {
                  // A plain click changes the list in place; a new tab or window still
                  // follows the link.
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  setQuery({ filter: { ...EMPTY_FILTER, view }, sort }, 'push');
                }}
              >
                {VIEW_LABELS[view]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorNotice error={queue.error} />
      <QueueStates
        queue={queue}
        shown={visible.length}
        narrowed={hasNarrowingFilters(filter)}
        onClear={() => setQuery({ filter: { ...EMPTY_FILTER, view: filter.view }, sort })}
        emptyText={
          total === 0
            ? 'No cases yet. Imported orders appear here.'
            : `No cases in “${VIEW_LABELS[filter.view]}”.`
        }
      />
      {elsewhere > 0 && (
        <p>
          <button
            type="button"
            onClick={() => setQuery({ filter: { ...filter, view: 'all' }, sort })}
          >
            Show the {formatCount(elsewhere)} matching {elsewhere === 1 ? 'case' : 'cases'} in other
            views
          </button>
        </p>
      )}
      <DeferredCaseTable
        chosen={appliedFilter}
        behindRef={gridBehind}
        keyWaitingRef={keyWaiting}
        label="Cases"
        columns={COLUMNS}
        rows={visible}
        sort={sort}
        onSort={toggleSort}
        now={now}
        routeFor={caseRoute}
      />
    </main>
  );
}
