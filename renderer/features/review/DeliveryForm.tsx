import { useId, useState } from 'react';
import type { CaseDetail } from '../../../shared/case-record';
import {
  DELIVERY_CHANNELS,
  DELIVERY_CHANNEL_LABELS,
  type DeliveryChannel,
} from '../../../shared/disclosure/delivery';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { CaseMutation } from '../../lib/cases/case-mutation';
import { formatDateTime } from '../../lib/format';

interface DeliveryFormProps {
  detail: CaseDetail;
  kind: 'disclosure' | 'refusal';
  disabled: boolean;
  send: (mutation: CaseMutation) => void;
}

/**
 * Now as a local date-time for the input, to the second: a delivery recorded in the minute of
 * the approval must not read as sent before it.
 */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
}

/** How the answer went out: channel, time, recipient; the sender is the signed-in user. */
export function DeliveryForm({ detail, kind, disabled, send }: DeliveryFormProps) {
  const [channel, setChannel] = useState<DeliveryChannel>(
    detail.order.route === 'e_evidence' ? 'e_evidence_system' : 'portal',
  );
  const [deliveredAt, setDeliveredAt] = useState(localNow);
  const [recipient, setRecipient] = useState(detail.order.authority.contact?.name ?? '');
  const caseRef = { caseId: detail.id, version: detail.version };
  const delivery = {
    channel,
    deliveredAt: new Date(deliveredAt).toISOString(),
    recipient: recipient.trim(),
  };
  const lateId = useId();
  const [lateReason, setLateReason] = useState('');
  // On the e-Evidence route, a refusal or the declined part of a partial answer is owed by
  // the order's deadline (Annex III); after it, the service records it only with a reason.
  const deadlineBound =
    detail.order.route === 'e_evidence' && (kind === 'refusal' || detail.outcome === 'partial');
  const late = deadlineBound && Date.parse(deliveredAt) > Date.parse(detail.dueAt);
  const ready =
    recipient.trim() !== '' &&
    !Number.isNaN(Date.parse(deliveredAt)) &&
    (!late || lateReason.trim() !== '');
  const lateArgs = late ? { lateReason: lateReason.trim() } : {};
  return (
    <form
      className="delivery-form"
      aria-label={kind === 'disclosure' ? 'Record delivery' : 'Record refusal'}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        send(
          kind === 'disclosure'
            ? { name: 'case.recordDisclosure', args: { ...caseRef, delivery, ...lateArgs } }
            : { name: 'case.recordRefusal', args: { ...caseRef, delivery, ...lateArgs } },
        );
      }}
    >
      <h3>
        {kind === 'disclosure' ? 'Delivery to the authority' : 'Refusal sent to the authority'}
      </h3>
      <SelectField
        label="Channel"
        value={channel}
        options={DELIVERY_CHANNELS.map((c) => ({ value: c, label: DELIVERY_CHANNEL_LABELS[c] }))}
        onChange={setChannel}
      />
      <div className="field">
        <label htmlFor={`${detail.id}-delivered-at`}>Sent on</label>
        <input
          id={`${detail.id}-delivered-at`}
          type="datetime-local"
          step={1}
          value={deliveredAt}
          onChange={(e) => setDeliveredAt(e.target.value)}
        />
      </div>
      <TextField label="Recipient" value={recipient} onChange={setRecipient} />
      {deadlineBound && (
        <p className={late ? 'notice notice-warning' : 'muted'}>
          The answer is due by <time dateTime={detail.dueAt}>{formatDateTime(detail.dueAt)}</time>{' '}
          (e-Evidence Regulation, Annex III).
          {late && ' This answer is late: say why, and the reason is sent and logged with it.'}
        </p>
      )}
      {late && (
        <div className="field">
          <label htmlFor={lateId}>Why is the answer late?</label>
          <textarea
            id={lateId}
            rows={2}
            value={lateReason}
            onChange={(e) => setLateReason(e.target.value)}
          />
        </div>
      )}
      <button type="submit" className="primary" disabled={disabled || !ready}>
        {kind === 'disclosure' ? 'Record delivery' : 'Record refusal'}
      </button>
    </form>
  );
}
