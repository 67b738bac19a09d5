import { useId, useState } from 'react';
import type { CaseDetail, CaseSummary } from '../../../shared/case-record';
import {
  PRESERVATION_TERMS,
  preservationReminder,
  reminderText,
} from '../../../shared/preservation';
import type { CaseMutation } from '../../lib/cases/case-mutation';
import { db } from '../../lib/db';
import { formatDateTime } from '../../lib/format';
import { hrefFor } from '../../lib/hash-route';
import { useLiveQuery } from '../../lib/use-live-query';

interface PreservationPanelProps {
  detail: CaseDetail;
  disabled: boolean;
  send: (mutation: CaseMutation) => void;
}

/** Production orders from the preservation's own authority that no preservation precedes yet. */
function useFollowingOrders(detail: CaseDetail): CaseSummary[] {
  return useLiveQuery(
    () =>
      db.summaries
        .where('authorityName')
        .equalsIgnoreCase(detail.authorityName)
        .filter((c) => c.country === detail.country && c.kind !== 'preservation')
        .toArray(),
    [],
    [detail.authorityName, detail.country],
  );
}

/** The term of a preservation request: expiry, reminder, extension, the order that follows. */
export function PreservationPanel({ detail, disabled, send }: PreservationPanelProps) {
  const headingId = useId();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  // The moment the case was opened: the reminder and the expiry are judged against it.
  const [openedAt] = useState(() => Date.now());
  const candidates = useFollowingOrders(detail);
  const { preservation } = detail;
  if (!preservation) return null;
  const term = PRESERVATION_TERMS[preservation.instrument];
  const reminder = reminderText(preservationReminder(preservation.expiresAt, new Date(openedAt)));
  const allowed = new Set(detail.allowedActions);
  const caseRef = { caseId: detail.id, version: detail.version };

  return (
    <section className="panel preservation-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Preservation request</h2>
      <p>
        {term.label}: the data named in the order is kept, and nothing is disclosed from this case.
        It runs {term.days} days from receipt
        {term.extensionDays !== null
          ? `, and can be extended once by ${term.extensionDays} days`
          : ', and cannot be extended'}{' '}
        ({term.source}).
      </p>
      <dl className="facts">
        <dt>Preserved until</dt>
        <dd data-testid="preservation-expiry">{formatDateTime(preservation.expiresAt)}</dd>
        {preservation.extendedAt && (
          <>
            <dt>Extended</dt>
            <dd>
              {formatDateTime(preservation.extendedAt)}
              {preservation.extendedByName ? `, by ${preservation.extendedByName}` : ''}
            </dd>
          </>
        )}
        {detail.linkedCase && (
          <>
            <dt>Production order that followed</dt>
            <dd>
              <a href={hrefFor({ screen: 'case', caseId: detail.linkedCase.id })}>
                {detail.linkedCase.reference}
              </a>
            </dd>
          </>
        )}
      </dl>
      {reminder && detail.status !== 'closed' && (
        <p className="notice notice-warning" role="status" data-testid="preservation-reminder">
          {reminder}
        </p>
      )}
      {allowed.has('extend_preservation') &&
        (preservation.extensionRefusedBecause === null ? (
          <button
            type="button"
            disabled={disabled}
            onClick={() => send({ name: 'case.extendPreservation', args: caseRef })}
          >
            Record the extension ({term.extensionDays} more days)
          </button>
        ) : (
          <p className="muted">{preservation.extensionRefusedBecause}</p>
        ))}
      {allowed.has('link_production') && (
        <div className="link-production">
          <div className="field">
            <label htmlFor={selectId}>Production order that followed</label>
            <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">Choose an order from {detail.authorityName}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.reference}, received {formatDateTime(c.receivedAt)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={disabled || chosen === ''}
            onClick={() =>
              send({ name: 'case.linkProduction', args: { ...caseRef, productionCaseId: chosen } })
            }
          >
            Link and close the preservation
          </button>
        </div>
      )}
      {allowed.has('close_preservation') && Date.parse(preservation.expiresAt) <= openedAt && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => send({ name: 'case.closePreservation', args: caseRef })}
        >
          Close: the preservation has expired
        </button>
      )}
    </section>
  );
}

/** On a production order: the preservation request it follows. */
export function FollowsPreservation({ detail }: { detail: CaseDetail }) {
  if (detail.kind === 'preservation' || !detail.linkedCase) return null;
  return (
    <div className="notice" role="note">
      This order follows the preservation request{' '}
      <a href={hrefFor({ screen: 'case', caseId: detail.linkedCase.id })}>
        {detail.linkedCase.reference}
      </a>
      .
    </div>
  );
}
