import { countryName } from '../../../shared/countries';
import { REPORT_MEASURE_LABELS } from '../../../shared/transparency/report';
import { STATUS_LABELS, type CaseStatus } from '../../../shared/case-lifecycle';
import { ErrorNotice } from '../../components/ErrorNotice';
import { hrefFor } from '../../lib/hash-route';
import type { CellSelection } from './TransparencyTable';
import { useReportCases } from './use-transparency-report';

/** The cases behind one number of the report. */
export function ReportCasesList({
  selection,
  linkCases,
  onClose,
}: {
  selection: CellSelection;
  linkCases: boolean;
  onClose: () => void;
}) {
  const query = useReportCases(selection);
  return (
    <section className="panel" aria-label="Cases behind the number">
      <h2>
        {REPORT_MEASURE_LABELS[selection.measure]}: {countryName(selection.country)},{' '}
        {selection.period}
      </h2>
      <ErrorNotice error={query.error} />
      {query.data && (
        <ul className="plain">
          {query.data.cases.map((c) => (
            <li key={c.id}>
              {linkCases ? (
                <a href={hrefFor({ screen: 'case', caseId: c.id })}>{c.reference}</a>
              ) : (
                c.reference
              )}{' '}
              — {c.authorityName}{' '}
              <span className="muted">({STATUS_LABELS[c.status as CaseStatus] ?? c.status})</span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        Close the list
      </button>
    </section>
  );
}
