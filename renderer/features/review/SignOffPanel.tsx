import { useState } from 'react';
import type { CaseDetail } from '../../../shared/case-record';
import { reviewOutcome, type Review, type ReviewProblem } from '../../../shared/review';
import { ReleaseSummaryView } from '../../components/case/ReleaseSummaryView';
import { ReauthDialog } from '../../components/ReauthDialog';
import { focusElement } from '../../lib/focus';
import { ariaKeys } from '../../lib/keyboard/shortcut-keys';
import { useShortcut } from '../../lib/keyboard/shortcut-registry';
import { OUTCOME_LABELS } from '../../lib/labels';
import { blockerList } from './blocker-list';
import { RefusalMessages } from './RefusalMessages';
import { controlId } from './refusal-targets';

interface SignOffPanelProps {
  /** The case as the service last sent it: its judgement says what the sign-off releases. */
  detail: CaseDetail;
  /** Actions on the case the service has not yet decided. */
  pendingActions: boolean;
  review: Review;
  /** What the service would refuse the sign-off for, judged alike; undefined without a policy. */
  problems: readonly ReviewProblem[] | undefined;
  /** The service's own refusal of a sign-off, where it names no other control. */
  refusals: readonly string[];
  unsaved: boolean;
  disabled: boolean;
  online: boolean;
  onSignOff: () => void;
}

/** The same problem list the server enforces, next to the button it blocks. */
export function SignOffPanel({
  detail,
  pendingActions,
  review,
  problems: judged,
  refusals,
  unsaved,
  disabled,
  online,
  onSignOff,
}: SignOffPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const problems = judged ?? [
    { path: 'policy', message: 'The policy is not loaded, so the checks cannot be judged.' },
  ];
  const blocked = disabled || unsaved || problems.length > 0;
  const blockers = blockerList(problems, review.decisions);
  const id = controlId({ kind: 'sign_off' });
  const signOff = () => (online ? setConfirming(true) : onSignOff());
  useShortcut('sign-off', () => {
    // Not ready: show what is outstanding instead.
    const heading = document.getElementById('sign-off-heading');
    if (blocked && heading) focusElement(heading);
    else signOff();
  });

  return (
    <section
      id={id}
      tabIndex={-1}
      aria-labelledby="sign-off-heading"
      className="panel panel-sign-off"
    >
      <h2 id="sign-off-heading">Sign-off</h2>
      <RefusalMessages id={`${id}-refusal`} messages={refusals} />
      {blockers.length > 0 ? (
        <>
          <p>Before this case can be signed off:</p>
          <ul className="problem-list" aria-label="Outstanding before sign-off">
            {blockers.map((b) => (
              <li key={`${b.rowId}|${b.message}`}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const row = document.getElementById(b.rowId);
                    if (row) focusElement(row);
                  }}
                >
                  {b.row}
                </button>
                : {b.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          Ready to sign off. Outcome:{' '}
          <strong>{OUTCOME_LABELS[reviewOutcome(review.decisions)]}</strong>. A supervisor who did
          not work on this case must approve it before anything is released.
        </p>
      )}
      {unsaved && <p className="warning-text">Save your changes before signing off.</p>}
      {!online && (
        <p className="muted">
          You are offline: the sign-off is queued, and you confirm it with your password when the
          case service is reachable again. It takes effect only once the service accepts it.
        </p>
      )}
      <button
        type="button"
        className="primary"
        data-focus-target="sign-off"
        aria-keyshortcuts={ariaKeys('sign-off')}
        disabled={blocked}
        // The password can only be checked by the service; offline it is asked for before the
        // queued sign-off is sent, and never stored.
        onClick={signOff}
      >
        Sign off
      </button>
      {confirming && (
        <ReauthDialog
          title={`Sign off case ${detail.reference}`}
          explanation="Confirm with your password that you, and nobody else at this workstation, sign off this review. Once a supervisor approves it:"
          confirmLabel="Confirm sign-off"
          onCancel={() => setConfirming(false)}
          onConfirmed={() => {
            setConfirming(false);
            onSignOff();
          }}
        >
          <ReleaseSummaryView detail={detail} pending={pendingActions} />
        </ReauthDialog>
      )}
    </section>
  );
}
