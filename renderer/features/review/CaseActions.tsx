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

interface CaseActionsProps {
  detail: CaseDetail;
  disabled: boolean;
  send: (mutation: CaseMutation) => void;
}

/** The lifecycle moves the server says this user may make now. */
export function CaseActions({ detail, disabled, send }: CaseActionsProps) {
  const commentId = useId();
  const [comment, setComment] = useState('');
  const contact = detail.order.authority.contact;
  const [channel, setChannel] = useState<DeliveryChannel>(
    detail.order.route === 'e_evidence' ? 'e_evidence_system' : 'email',
  );
  const [recipient, setRecipient] = useState(contact?.email ?? contact?.name ?? '');
  const allowed = new Set(detail.allowedActions);
  const caseRef = { caseId: detail.id, version: detail.version };
  const simple = [
    { action: 'start_review', label: 'Start review', name: 'case.startReview' },
    { action: 'resume_review', label: 'Resume review', name: 'case.resumeReview' },
    { action: 'reopen', label: 'Reopen for review', name: 'case.reopen' },
    { action: 'close', label: 'Close case', name: 'case.close' },
  ] as const;
  const offered = simple.filter((s) => allowed.has(s.action));

  if (offered.length === 0 && !allowed.has('request_information')) return null;
  return (
    <section className="action-bar" aria-label="Case actions">
      {offered.map((s) => (
        <button
          type="button"
          className="primary"
          key={s.action}
          disabled={disabled}
          onClick={() => send({ name: s.name, args: caseRef })}
        >
          {s.label}
        </button>
      ))}
      {allowed.has('request_information') && (
        <details className="request-information">
          <summary>Request information from the authority</summary>
          <p className="muted">
            The service writes the request as a letter in the authority’s language, naming the
            checks that failed or need review and your questions, and logs it as sent.
          </p>
          <div className="field">
            <label htmlFor={commentId}>What information is missing?</label>
            <textarea
              id={commentId}
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </div>
          <SelectField
            label="Sent by"
            value={channel}
            options={DELIVERY_CHANNELS.map((c) => ({
              value: c,
              label: DELIVERY_CHANNEL_LABELS[c],
            }))}
            onChange={setChannel}
          />
          <TextField label="Recipient" value={recipient} onChange={setRecipient} />
          <button
            type="button"
            disabled={disabled || comment.trim() === '' || recipient.trim() === ''}
            onClick={() =>
              send({
                name: 'case.requestInformation',
                args: {
                  ...caseRef,
                  comment: comment.trim(),
                  letter: { channel, recipient: recipient.trim() },
                },
              })
            }
          >
            Send request for information
          </button>
        </details>
      )}
    </section>
  );
}
