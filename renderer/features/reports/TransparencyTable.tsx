import { countryName } from '../../../shared/countries';
import {
  REPORT_MEASURES,
  REPORT_MEASURE_LABELS,
  type ReportMeasure,
  type TransparencyRow,
} from '../../../shared/transparency/report';

export interface CellSelection {
  country: string;
  period: string;
  measure: ReportMeasure;
}

interface TransparencyTableProps {
  rows: readonly TransparencyRow[];
  onOpen: (selection: CellSelection) => void;
}

/** One line per country and quarter; every number opens the list of its cases. */
export function TransparencyTable({ rows, onOpen }: TransparencyTableProps) {
  if (rows.length === 0) return <p>No case was received or answered in this period.</p>;
  return (
    <table className="grid report-table">
      <caption>Per country and quarter</caption>
      <thead>
        <tr>
          <th scope="col">Quarter</th>
          <th scope="col">Country</th>
          {REPORT_MEASURES.map((m) => (
            <th scope="col" key={m} className="number">
              {REPORT_MEASURE_LABELS[m]}
            </th>
          ))}
          <th scope="col" className="number">
            Median time to answer
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.period} ${row.country}`}>
            <td>{row.period}</td>
            <td title={countryName(row.country)}>
              {countryName(row.country)} ({row.country})
            </td>
            {REPORT_MEASURES.map((measure) => (
              <td key={measure} className="number">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${REPORT_MEASURE_LABELS[measure]}, ${row.country} ${row.period}: ${row[measure]}`}
                  onClick={() => onOpen({ country: row.country, period: row.period, measure })}
                >
                  {row[measure]}
                </button>
              </td>
            ))}
            <td className="number">
              {row.medianHoursToAnswer === null ? '—' : `${row.medianHoursToAnswer} h`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
