import { useState } from 'react';
import type { CaseDetail } from '../../../shared/case-record';
import type { FieldIssue } from '../../../shared/errors';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { CaseMutation } from '../../lib/cases/case-mutation';
import { formatDateTime } from '../../lib/format';
import type { CaseJudgement } from '../../lib/policy/case-judgement';
import { useCurrentPolicy } from '../../lib/policy/current-policy-query';
import { findDirectoryAuthority } from '../../../shared/policy/authority-directory';
import {
  CALL_BACK_SOURCE_LABELS,
  numbersOfRecord,
  type CallBackSource,
  type NumberOfRecord,
} from '../../../shared/policy/numbers-of-record';
import { NumbersOfRecord } from './NumbersOfRecord';
import { verificationFromDraft, type VerificationDraft } from './verification-form';

interface VerificationPanelProps {
  detail: CaseDetail;
  judgement: CaseJudgement | undefined;
  /** The signed-in user's name, to tell whether they are the case's own reviewer. */
  userName: string;
  disabled: boolean;
  send: (mutation: CaseMutation) => void;
}

const EMPTY: VerificationDraft = {
  calledBy: '',
  contactName: '',
  channel: 'phone',
  contactUsed: '',
  source: 'directory',
  sourceReference: '',
  verifiedAt: '',
  outcome: '',
  note: '',
};

/** The out-of-band call-back: where to call, who called, and a form for a second person. */
export function VerificationPanel({
  detail,
  judgement,
  userName,
  disabled,
  send,
}: VerificationPanelProps) {
  const policy = useCurrentPolicy().data;
  const entry = policy
    ? findDirectoryAuthority(policy.authorityDirectory, detail.order.authority)
    : undefined;
  const ofRecord = numbersOfRecord(entry);
  const [firstPhone] = ofRecord.filter((n) => n.channel === 'phone');
  const blankDraft = (): VerificationDraft => ({
    ...EMPTY,
    calledBy: userName,
    contactUsed: firstPhone?.contact ?? '',
  });
  const [draft, setDraft] = useState<VerificationDraft>(blankDraft);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const reasons = judgement?.verification.secondPersonReasons ?? [];
  const ownCase = detail.assigneeName !== null && detail.assigneeName === userName;
  const canRecord = detail.allowedActions.includes('record_verification') && !ownCase;
  const issue = (path: string) => issues.find((i) => i.path === path)?.message;
  const set = (patch: Partial<VerificationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const fillNumber = (n: NumberOfRecord) =>
    set({ channel: n.channel, contactUsed: n.contact, source: 'directory', sourceReference: '' });

  const submit = () => {
    const parsed = verificationFromDraft(
      draft,
      policy ? { order: detail.order, directory: policy.authorityDirectory } : undefined,
    );
    if (!parsed.ok) {
      setIssues(parsed.issues);
      return;
    }
    setIssues([]);
    send({
      name: 'case.recordVerification',
      args: { caseId: detail.id, version: detail.version, verification: parsed.value },
    });
    // Sent or queued, the call-back is in the outbox now (a refusal comes back there, with a
    // redo): the form starts afresh for the next one.
    setDraft(blankDraft());
  };

  return (
    <section className="panel" aria-labelledby="verification-heading">
      <h2 id="verification-heading">Out-of-band verification</h2>
      {reasons.length > 0 && (
        <p className="notice notice-warning">
          A call-back recorded by someone other than the reviewer is required before authenticity
          can pass, because {reasons.join(' and ')}.
        </p>
      )}
      {policy && (
        <NumbersOfRecord
          numbers={ofRecord}
          orderContact={detail.order.authority.contact}
          onUse={canRecord ? fillNumber : undefined}
          disabled={disabled}
        />
      )}
      {detail.verifications.length === 0 ? (
        <p className="muted">No call-back recorded yet.</p>
      ) : (
        <ul aria-label="Recorded call-backs">
          {detail.verifications.map((v) => (
            <li key={v.id}>
              <strong>{v.outcome === 'confirmed' ? 'Confirmed' : 'Denied'}</strong>: {v.calledBy}{' '}
              reached {v.contactName} by {v.channel} on {v.contactUsed} (from{' '}
              {CALL_BACK_SOURCE_LABELS[v.source]}
              {v.sourceReference && `: ${v.sourceReference}`}) at {formatDateTime(v.verifiedAt)};
              recorded by {v.recordedByName}
              {!v.secondPerson && ' (the case’s own reviewer: does not count)'}
              {v.note && <> — {v.note}</>}
            </li>
          ))}
        </ul>
      )}
      {ownCase && detail.allowedActions.includes('record_verification') && (
        <p className="muted">
          You review this case, so the call-back must be made and recorded by a colleague.
        </p>
      )}
      {canRecord && (
        <fieldset disabled={disabled} className="verification-form">
          <legend>Record a call-back</legend>
          <TextField
            label="Who made the call"
            value={draft.calledBy}
            onChange={(calledBy) => set({ calledBy })}
            error={issue('calledBy')}
          />
          <TextField
            label="Whom you reached"
            value={draft.contactName}
            onChange={(contactName) => set({ contactName })}
            error={issue('contactName')}
          />
          <SelectField
            label="Channel"
            value={draft.channel}
            options={[
              { value: 'phone', label: 'Phone' },
              { value: 'email', label: 'Email' },
            ]}
            onChange={(channel) => set({ channel })}
          />
          <TextField
            label="Number or address used"
            value={draft.contactUsed}
            onChange={(contactUsed) => set({ contactUsed })}
            error={issue('contactUsed')}
          />
          <SelectField<CallBackSource>
            label="Where the number comes from"
            value={draft.source}
            options={[
              { value: 'directory', label: 'The authority directory' },
              { value: 'official_website', label: 'The authority’s official website' },
              { value: 'registry', label: 'An official registry' },
            ]}
            onChange={(source) => set({ source })}
            error={issue('source')}
          />
          {draft.source !== 'directory' && (
            <TextField
              label="Where you found it"
              hint="The web page or the registry entry, so that anyone can check it — never the order."
              value={draft.sourceReference}
              onChange={(sourceReference) => set({ sourceReference })}
              error={issue('sourceReference')}
            />
          )}
          <TextField
            label="When the call was made"
            type="datetime-local"
            value={draft.verifiedAt}
            onChange={(verifiedAt) => set({ verifiedAt })}
            error={issue('verifiedAt')}
          />
          <SelectField
            label="Outcome"
            value={draft.outcome}
            placeholder="Choose…"
            options={[
              { value: 'confirmed', label: 'Confirmed: the authority issued this order' },
              { value: 'denied', label: 'Denied: the authority did not issue it' },
            ]}
            onChange={(outcome) => set({ outcome })}
            error={issue('outcome')}
          />
          <TextField label="Call-back note" value={draft.note} onChange={(note) => set({ note })} />
          <button type="button" className="primary" onClick={submit}>
            Record call-back
          </button>
        </fieldset>
      )}
    </section>
  );
}
