import { useMemo } from 'react';
import { CaseTable, COLUMN, type CaseColumn } from '../../components/CaseTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FinishedCaseNotice } from '../../components/case/FinishedCaseNotice';
import { QueueStates } from '../../components/QueueStates';
import { formatCount } from '../../lib/format';
import { hrefFor } from '../../lib/hash-route';
import { OUTCOME_LABELS } from '../../lib/labels';
import {
  DEFAULT_SORT,
  EMPTY_FILTER,
  hasNarrowingFilters,
  type QueueCase,
} from '../../lib/queue/queue-model';
import type { QueueQuery } from '../../lib/queue/queue-params';
import { useCaseList } from '../../lib/queue/use-case-list';
import { CaseFilters } from '../../components/CaseFilters';
import { mayNotApprove } from './may-not-approve';

const DEFAULTS: QueueQuery = {
  filter: { ...EMPTY_FILTER, view: 'awaiting' },
  sort: DEFAULT_SORT,
};

function columnsFor(userId: string | null): CaseColumn[] {
  return [
    COLUMN.reference,
    COLUMN.authority,
    COLUMN.country,
    {
      key: 'outcome',
      label: 'Proposed outcome',
      width: '11rem',
      cell: (row) => (row.outcome ? OUTCOME_LABELS[row.outcome] : '—'),
    },
    COLUMN.timeLeft,
    COLUMN.emergency,
    {
      key: 'assigneeName',
      label: 'Reviewer',
      width: 'minmax(9rem, 1fr)',
      title: (row) => row.assigneeName ?? '',
      cell: (row) => row.assigneeName ?? '—',
    },
    {
      key: 'overrideCount',
      label: 'Overrides',
      width: '7rem',
      cell: (row) =>
        row.overrideCount === undefined ? (
          '—'
        ) : row.overrideCount === 0 ? (
          <span className="muted">None</span>
        ) : (
          <span className="overrides">
            {row.overrideCount} {row.overrideCount === 1 ? 'check' : 'checks'}
          </span>
        ),
    },
    {
      key: 'reference',
      label: 'Your part',
      width: '12rem',
      cell: (row: QueueCase) =>
        mayNotApprove(row, userId) ? <span className="flag">You may not approve</span> : '',
    },
  ];
}

export function ApprovalInbox() {
  const {
    userId,
    query,
    setQuery,
    queue,
    visible: rows,
    now,
    toggleSort,
  } = useCaseList('approvals', DEFAULTS, 'awaiting');
  const { filter, sort } = query;
  const columns = useMemo(() => columnsFor(userId), [userId]);

  return (
    <main className="page page-wide">
      <div className="page-title">
        <h1>Approvals</h1>
        <p className="count" role="status">
          {rows.length === 1
            ? '1 case awaits approval'
            : `${formatCount(rows.length)} cases await approval`}
        </p>
      </div>
      <FinishedCaseNotice href={hrefFor({ screen: 'approvals' })} />
      <CaseFilters
        withStatus={false}
        filter={filter}
        countries={queue.index.countries}
        onChange={(next) => setQuery({ filter: next, sort })}
      />
      <ErrorNotice error={queue.error} />
      <QueueStates
        queue={queue}
        shown={rows.length}
        narrowed={hasNarrowingFilters(filter)}
        onClear={() => setQuery({ filter: DEFAULTS.filter, sort })}
        emptyText="Nothing to approve. Signed-off cases appear here."
      />
      {rows.length > 0 && (
        <CaseTable
          label="Signed-off cases awaiting approval"
          columns={columns}
          rows={rows}
          sort={sort}
          onSort={toggleSort}
          now={now}
          routeFor={(row) => ({ screen: 'approval', caseId: row.id })}
          rowClass={(row) => (mayNotApprove(row, userId) ? 'may-not-approve' : '')}
        />
      )}
    </main>
  );
}
