import { countryName } from '../../../shared/countries';
import { formatDateEntry } from '../../lib/date-entry';
import type { PolicyRecord } from '../../../shared/policy-record';
import type { Source } from '../../../shared/policy/source';
import {
  AUTHORITY_KIND_LABELS,
  DATA_CATEGORY_LABELS,
  INSTRUMENT_LABELS,
  ROUTE_LABELS,
  capitalize,
  listAnd,
} from '../../../shared/policy/labels';
import type { DeadlineRule } from '../../../shared/policy/jurisdiction-profile';

const UNITS: Record<DeadlineRule['unit'], string> = {
  calendar_days: 'calendar days',
  business_days: 'business days',
  hours: 'hours',
};

function Sources({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="policy-sources">
      {sources.map((s, i) => (
        <li key={i}>
          {s.url ? (
            <a href={s.url} rel="noreferrer" target="_blank">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {s.section && <>, {s.section}</>}
          {s.date && <> ({s.date})</>}
        </li>
      ))}
    </ul>
  );
}

/** One policy version as a lawyer reads it: who may ask for what, how fast, and on what basis. */
export function PolicyView({ record }: { record: PolicyRecord }) {
  const { policy, authorityDirectory } = record;
  return (
    <section className="policy-view" aria-label={`Policy version ${record.version}`}>
      <h2>
        Version {record.version}: {policy.title}
      </h2>
      <p className="muted">Applies from {policy.effectiveFrom}.</p>

      <h3>Jurisdictions and routes</h3>
      {policy.jurisdictions.map((j) => (
        <article key={j.country} className="panel" aria-label={countryName(j.country)}>
          <h4>{countryName(j.country)}</h4>
          {j.status === 'not_answered' ? (
            <>
              <p>Orders from here are not answered: {j.reason}</p>
              <Sources sources={j.sources} />
            </>
          ) : (
            <>
              <ul>
                {j.routes.map((r) => (
                  <li key={r.route}>
                    <strong>{capitalize(ROUTE_LABELS[r.route])}</strong>:{' '}
                    {listAnd(r.instruments.map((i) => INSTRUMENT_LABELS[i]))} from{' '}
                    {listAnd(r.authorityKinds.map((k) => AUTHORITY_KIND_LABELS[k]))}; may reach{' '}
                    {listAnd(r.dataCategories.map((c) => DATA_CATEGORY_LABELS[c]))}; answer within{' '}
                    {r.deadline.amount} {UNITS[r.deadline.unit]} ({r.deadline.emergencyHours} hours
                    in an emergency).
                    <Sources sources={r.sources} />
                  </li>
                ))}
              </ul>
              {j.calendar.holidays.length > 0 && (
                <>
                  <p>Days off listed by the policy, beside the public holidays:</p>
                  <ul>
                    {j.calendar.holidays.map((h) => (
                      <li key={h.date}>
                        {formatDateEntry(h.date)}: {h.name}
                        {h.source && <Sources sources={[h.source]} />}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </article>
      ))}

      <h3>Terms of Service catalogue</h3>
      <table className="grid" aria-label="Terms of Service catalogue">
        <thead>
          <tr>
            <th scope="col">Offence category</th>
            <th scope="col">Under the Terms of Service</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {policy.tosCatalog.categories.map((c) => (
            <tr key={c.code}>
              <th scope="row">{c.label}</th>
              <td>
                {c.status === 'violation'
                  ? `A violation: ${c.tosClause.id}`
                  : c.status === 'protected_speech'
                    ? `Protected speech: ${c.rationale}`
                    : `Not a violation: ${c.rationale}`}
              </td>
              <td>
                <Sources sources={c.sources} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Authority directory</h3>
      <table className="grid" aria-label="Authority directory">
        <thead>
          <tr>
            <th scope="col">Authority</th>
            <th scope="col">Country</th>
            <th scope="col">Kind</th>
            <th scope="col">Contact for call-backs</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {authorityDirectory.entries.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>{countryName(a.country)}</td>
              <td>{AUTHORITY_KIND_LABELS[a.kind]}</td>
              <td>{[a.contact.phone, a.contact.email].filter(Boolean).join(', ')}</td>
              <td>
                {a.source.description} (retrieved {a.source.retrievedOn})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
