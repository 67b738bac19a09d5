import { useState } from 'react';
import type { PolicyRecord } from '../../../shared/policy-record';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IssueList } from '../../components/IssueList';
import { TextField } from '../../components/TextField';
import {
  checkDraft,
  draftPolicy,
  draftText,
  nextVersionLabel,
  withJurisdiction,
  withVersionLabel,
} from './policy-draft';
import { useProposePolicyVersion } from './use-policy-versions';

interface PolicyEditorProps {
  current: PolicyRecord;
  taken: readonly string[];
}

/**
 * Edits the newest published version into a proposed new one: the jurisdictions' "not answered" flag and reason
 * in a form, everything else in the JSON document, checked against the policy schema as typed.
 */
export function PolicyEditor({ current, taken }: PolicyEditorProps) {
  const today = new Date().toISOString().slice(0, 10);
  const [text, setText] = useState(() =>
    withVersionLabel(draftText(current), nextVersionLabel(today, taken), today),
  );
  const [country, setCountry] = useState('');
  const [reason, setReason] = useState('');
  const save = useProposePolicyVersion();
  const checked = checkDraft(text, current.version);
  const policy = draftPolicy(text);
  const chosen = policy?.jurisdictions.find((j) => j.country === country);
  const original = current.policy.jurisdictions.find((j) => j.country === country);

  const setLabel = (version: string, effectiveFrom: string) => {
    if (policy) setText(withVersionLabel(text, version, effectiveFrom));
  };

  return (
    <section className="panel policy-editor" aria-labelledby="policy-editor-heading">
      <h2 id="policy-editor-heading">Edit policy version {current.version} into a new version</h2>
      {policy && (
        <div className="field-row">
          <TextField
            label="New version label"
            value={policy.version}
            onChange={(v) => setLabel(v, policy.effectiveFrom)}
          />
          <TextField
            label="Effective from"
            value={policy.effectiveFrom}
            onChange={(v) => setLabel(policy.version, v)}
          />
        </div>
      )}
      {policy && (
        <fieldset>
          <legend>Jurisdictions not answered</legend>
          <div className="field">
            <label htmlFor="policy-jurisdiction">Jurisdiction</label>
            <select
              id="policy-jurisdiction"
              value={country}
              onChange={(e) => {
                setCountry(e.target.value);
                const profile = policy.jurisdictions.find((j) => j.country === e.target.value);
                setReason(profile?.status === 'not_answered' ? profile.reason : '');
              }}
            >
              <option value="">Choose…</option>
              {policy.jurisdictions.map((j) => (
                <option key={j.country} value={j.country}>
                  {j.country} — {j.status === 'answered' ? 'answered' : 'not answered'}
                </option>
              ))}
            </select>
          </div>
          {chosen && (
            <>
              <div className="field">
                <label htmlFor="policy-not-answered-reason">
                  Why orders from {chosen.country} are not answered
                </label>
                <textarea
                  id="policy-not-answered-reason"
                  rows={3}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              </div>
              <button
                type="button"
                disabled={reason.trim() === ''}
                onClick={() =>
                  setText(
                    withJurisdiction(text, chosen.country, {
                      notAnswered: true,
                      reason: reason.trim(),
                    }),
                  )
                }
              >
                {chosen.status === 'answered' ? 'Mark as not answered' : 'Update the reason'}
              </button>
              {chosen.status === 'not_answered' && original?.status === 'answered' && (
                <button
                  type="button"
                  onClick={() =>
                    setText(
                      withJurisdiction(text, chosen.country, {
                        notAnswered: false,
                        restore: original,
                      }),
                    )
                  }
                >
                  Answer again, as in version {current.version}
                </button>
              )}
            </>
          )}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor="policy-json">Policy document and authority directory (JSON)</label>
        <textarea
          id="policy-json"
          rows={24}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {checked.ok ? (
        <p role="status">The document is valid.</p>
      ) : (
        <div role="alert" aria-label="Problems in the policy document">
          <p>The document cannot be saved yet:</p>
          <IssueList issues={checked.issues.slice(0, 50)} />
        </div>
      )}
      <ErrorNotice error={save.error} />
      {save.isSuccess && (
        <p role="status">
          Version {save.data.version} is proposed. It is published when another administrator
          approves it.
        </p>
      )}
      <button
        type="button"
        className="primary"
        disabled={!checked.ok || save.isPending}
        onClick={() => checked.ok && save.mutate(checked.value)}
      >
        Propose as a new version
      </button>
    </section>
  );
}
