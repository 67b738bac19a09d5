import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ApiRequestError } from '../../lib/api-errors';
import { AuditEventTable } from './AuditEventTable';
import { AuditFilters } from './AuditFilters';
import { ChainStatus } from './ChainStatus';
import { EMPTY_FILTER, exportHref, filterQuery, type AuditFilterForm } from './audit-filter';
import { useAuditEvents } from './use-audit-events';

function fieldErrors(error: unknown): Partial<Record<keyof AuditFilterForm, string>> {
  if (!(error instanceof ApiRequestError)) return {};
  return Object.fromEntries(error.issues.map((i) => [i.path, i.message]));
}

/** For auditors: the audit trail, whether it is intact, and copies of it to take away. */
export function AuditScreen() {
  const [applied, setApplied] = useState<AuditFilterForm>(EMPTY_FILTER);
  const query = filterQuery(applied);
  const events = useAuditEvents(query);
  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];
  return (
    <main className="page page-wide">
      <h1>Audit</h1>
      <ChainStatus />
      <section className="panel" aria-labelledby="events-heading">
        <h2 id="events-heading">Audit events</h2>
        <AuditFilters
          key={JSON.stringify(applied)}
          applied={applied}
          onApply={setApplied}
          errors={fieldErrors(events.error)}
        />
        <p className="audit-exports">
          <a href={exportHref(query, 'csv')} download>
            Export CSV
          </a>{' '}
          <a href={exportHref(query, 'json')} download>
            Export JSON
          </a>
        </p>
        <ErrorNotice error={events.error} />
        {events.isPending && !events.error && <p>Loading events…</p>}
        {events.data && (
          <AuditEventTable
            events={rows}
            onChooseCase={(caseId) => setApplied({ ...EMPTY_FILTER, caseId })}
          />
        )}
        {events.hasNextPage && (
          <button
            type="button"
            disabled={events.isFetchingNextPage}
            onClick={() => void events.fetchNextPage()}
          >
            Show older events
          </button>
        )}
      </section>
    </main>
  );
}
