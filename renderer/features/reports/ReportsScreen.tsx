import { useState } from 'react';
import type { Role } from '../../../shared/roles';
import { transparencyCsv } from '../../../shared/transparency/report-csv';
import { ErrorNotice } from '../../components/ErrorNotice';
import { exportFile } from '../../lib/export-file';
import { QuarterControls } from './QuarterControls';
import { ReportCasesList } from './ReportCasesList';
import { TransparencyChart } from './TransparencyChart';
import { TransparencyTable, type CellSelection } from './TransparencyTable';
import { useTransparencyReport } from './use-transparency-report';

function thisYear(): { from: string; to: string } {
  const year = new Date().getUTCFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The quarterly transparency report: figures, chart, the cases behind them, exports. */
export function ReportsScreen({ role }: { role: Role }) {
  const [range, setRange] = useState(thisYear);
  const [draft, setDraft] = useState(range);
  const [selection, setSelection] = useState<CellSelection | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const report = useTransparencyReport(range.from, range.to);
  const rows = report.data?.rows ?? [];

  const save = (kind: 'csv' | 'json') => {
    const name = `transparency-${range.from}-${range.to}.${kind}`;
    const text =
      kind === 'csv' ? transparencyCsv(rows) : `${JSON.stringify(report.data, null, 2)}\n`;
    exportFile({
      name,
      contentType: kind === 'csv' ? 'text/csv' : 'application/json',
      bytes: new TextEncoder().encode(text),
    }).catch(setExportError);
  };

  return (
    <main className="page reports-page">
      <h1>Transparency report</h1>
      <p className="muted">
        Fulfilled requests are orders from which at least one item was disclosed, counted in the
        quarter of delivery; affected users are the distinct accounts disclosed in that quarter.
        Whole quarters are shown.
      </p>
      <form
        className="report-range"
        onSubmit={(e) => {
          e.preventDefault();
          setSelection(null);
          setRange(draft);
        }}
      >
        <label>
          From{' '}
          <input
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </label>
        <button type="submit">Show</button>
        <button type="button" disabled={!report.data} onClick={() => save('csv')}>
          Export CSV
        </button>
        <button type="button" disabled={!report.data} onClick={() => save('json')}>
          Export JSON
        </button>
      </form>
      <ErrorNotice error={report.error ?? exportError} />
      {report.isPending && <p>Computing the report…</p>}
      {report.data && (
        <>
          <TransparencyChart rows={rows} />
          <TransparencyTable rows={rows} onOpen={setSelection} />
          {selection && (
            <ReportCasesList
              selection={selection}
              linkCases={role === 'supervisor'}
              onClose={() => setSelection(null)}
            />
          )}
          <QuarterControls quarters={report.data.quarters} canClose={role === 'supervisor'} />
        </>
      )}
    </main>
  );
}
