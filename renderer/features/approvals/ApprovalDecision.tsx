import { useId, useState } from 'react';
import type { CaseDetail } from '../../../shared/case-record';
import { ReleaseSummaryView } from '../../components/case/ReleaseSummaryView';
import { ReauthDialog } from '../../components/ReauthDialog';
import type { CaseMutation } from '../../lib/cases/case-mutation';

interface ApprovalDecisionProps {
  detail: CaseDetail;
  disabled: boolean;
  online: boolean;
  /** Whether actions on the case still wait for the service. */
  pendingActions: boolean;
  send: (mutation: CaseMutation) => void;
}

/** Approve (after the password) or return with a comment; never both offered when blocked. */
export function ApprovalDecision({
  detail,
  disabled,
  online,
  pendingActions,
  send,
}: ApprovalDecisionProps) {
  const commentId = useId();
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const caseRef = { caseId: detail.id, version: detail.version };
  const canApprove = detail.allowedActions.includes('approve') && !detail.approvalBlockedReason;
  const canReturn = detail.allowedActions.includes('return');
  const approve = () => {
    const trimmed = comment.trim();
    send({ name: 'case.approve', args: trimmed ? { ...caseRef, comment: trimmed } : caseRef });
  };

  return (
    <section className="panel panel-sign-off" aria-labelledby="approval-heading">
      <h2 id="approval-heading">Your decision</h2>
      {detail.approvalBlockedReason && (
        <div className="notice notice-blocked" role="alert">
          <strong>You cannot approve this case.</strong> {detail.approvalBlockedReason}
        </div>
      )}
      <label htmlFor={commentId}>Comment (required to return the case)</label>
      <textarea
        id={commentId}
        rows={3}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <div className="button-row">
        {canApprove && (
          <button
            type="button"
            className="primary"
            disabled={disabled}
            // Offline, the approval is queued; the password is asked before it is sent.
            onClick={() => (online ? setConfirming(true) : approve())}
          >
            Approve
          </button>
        )}
        {canReturn && (
          <button
            type="button"
            disabled={disabled || comment.trim() === ''}
            onClick={() =>
              send({ name: 'case.return', args: { ...caseRef, comment: comment.trim() } })
            }
          >
            Return to reviewer
          </button>
        )}
      </div>
      {confirming && (
        <ReauthDialog
          title={`Approve case ${detail.reference}`}
          explanation="Confirm with your password that you approve this sign-off. The approved data will then be looked up and released:"
          confirmLabel="Confirm approval"
          onCancel={() => setConfirming(false)}
          onConfirmed={() => {
            setConfirming(false);
            approve();
          }}
        >
          <ReleaseSummaryView detail={detail} pending={pendingActions} />
        </ReauthDialog>
      )}
    </section>
  );
}
