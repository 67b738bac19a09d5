import { countryName } from '../../../shared/countries';
import { formatIdentifier } from '../../../shared/identifiers';
import { isDisclosable, type Order } from '../../../shared/order';
import { formatDate, formatDateTime } from '../../lib/format';
import {
  AUTHORITY_KIND_LABELS,
  CHANNEL_LABELS,
  DATA_CATEGORY_LABELS,
  INSTRUMENT_LABELS,
  ROUTE_LABELS,
  TARGET_STATUS_LABELS,
} from '../../lib/labels';

function NonDisclosureTerms({ order }: { order: Order }) {
  const gag = order.nonDisclosure;
  if (!gag || !gag.prohibited) return <>No non-disclosure terms</>;
  return (
    <>
      The user may not be notified{gag.until ? ` until ${formatDate(gag.until)}` : ''}.
      {gag.terms ? ` ${gag.terms}` : ''}
    </>
  );
}

/** What the authority sent, as received: the facts every check is judged against. */
export function OrderDetails({ order }: { order: Order }) {
  const contact = order.authority.contact;
  return (
    <section aria-labelledby="order-heading" className="panel">
      <h2 id="order-heading">Order</h2>
      <dl className="facts">
        <dt>Authority</dt>
        <dd>
          {order.authority.name} — {AUTHORITY_KIND_LABELS[order.authority.kind]},{' '}
          {countryName(order.authority.country)}
          {contact && (
            <div className="muted">
              Contact as stated in the order (not verified):{' '}
              {[contact.name, contact.email, contact.phone].filter(Boolean).join(' · ')}
            </div>
          )}
        </dd>
        <dt>Instrument</dt>
        <dd>{INSTRUMENT_LABELS[order.instrument]}</dd>
        <dt>Route</dt>
        <dd>{ROUTE_LABELS[order.route]}</dd>
        <dt>Legal basis</dt>
        <dd>{order.legalBasis}</dd>
        {order.caseNumber && (
          <>
            <dt>Case number</dt>
            <dd>{order.caseNumber}</dd>
          </>
        )}
        <dt>Received</dt>
        <dd>
          {formatDateTime(order.receivedAt)} by {CHANNEL_LABELS[order.channel].toLowerCase()}
        </dd>
        <dt>Emergency</dt>
        <dd>{order.emergency ? <strong className="flag">Emergency request</strong> : 'No'}</dd>
        <dt>Non-disclosure</dt>
        <dd>
          <NonDisclosureTerms order={order} />
        </dd>
        {order.respondBy && (
          <>
            <dt>Respond by (as stated)</dt>
            <dd>{formatDateTime(order.respondBy)}</dd>
          </>
        )}
        <dt>IP window</dt>
        <dd>
          {order.ipWindow
            ? `${formatDateTime(order.ipWindow.from)} – ${formatDateTime(order.ipWindow.to)}`
            : 'None named'}
        </dd>
      </dl>

      <h3>Targets</h3>
      <ul className="plain-list">
        {order.targets.map((t) => (
          <li key={`${t.identifier.kind}:${t.identifier.value}`}>
            <span className="identifier">{formatIdentifier(t.identifier)}</span> —{' '}
            <span className={t.status === 'suspect' ? '' : 'warning-text'}>
              {TARGET_STATUS_LABELS[t.status]}
            </span>
          </li>
        ))}
      </ul>

      <h3>Alleged offences</h3>
      <ul className="plain-list">
        {order.offences.map((o, i) => (
          <li key={i}>
            {o.description}
            {o.category && <span className="muted"> ({o.category})</span>}
          </li>
        ))}
      </ul>

      <h3>Data requested</h3>
      <ul className="plain-list">
        {order.dataRequested.map((c) => (
          <li key={c}>
            {DATA_CATEGORY_LABELS[c]}
            {!isDisclosable(c) && <span className="muted"> — outside the policy</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
