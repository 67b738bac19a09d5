import { useState } from 'react';
import type { PolicyProposal } from '../../../shared/policy-record';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ReauthDialog } from '../../components/ReauthDialog';
import { formatDateTime } from '../../lib/format';
import { PolicyChanges } from './PolicyChanges';
import { useDecideProposal, usePolicyProposals } from './use-policy-versions';

/** Proposed versions awaiting a second administrator, each with what it would change. */
export function PolicyProposals({ userId }: { userId: string }) {
  const proposals = usePolicyProposals();
  const pending = proposals.data?.filter((p) => p.status === 'pending') ?? [];
  return (
    <section className="panel" aria-labelledby="policy-proposals-heading">
      <h2 id="policy-proposals-heading">Proposed versions</h2>
      <ErrorNotice error={proposals.error} />
      {proposals.data && pending.length === 0 && <p>No version is waiting for approval.</p>}
      {pending.map((p) => (
        <PendingProposal key={p.id} proposal={p} own={p.proposedById === userId} />
      ))}
    </section>
  );
}

function PendingProposal({ proposal, own }: { proposal: PolicyProposal; own: boolean }) {
  const decide = useDecideProposal();
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const headingId = `proposal-${proposal.id}`;
  const commentId = `proposal-comment-${proposal.id}`;
  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId}>Version {proposal.version}</h3>
      <p>
        Proposed by {proposal.proposedByName} on {formatDateTime(proposal.proposedAt)}, to replace
        version {proposal.basedOn} from {proposal.effectiveFrom}.
      </p>
      <h4>
        What it changes against version {proposal.inForce ?? proposal.basedOn}, in force today
      </h4>
      <PolicyChanges
        changes={proposal.changesFromInForce}
        from={proposal.inForce ?? proposal.basedOn}
        to={proposal.version}
      />
      <div className="field">
        <label htmlFor={commentId}>Comment (required to reject)</label>
        <textarea
          id={commentId}
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      {own && (
        <p className="muted">
          You proposed this version; another administrator must approve it. You may withdraw it by
          rejecting it.
        </p>
      )}
      <ErrorNotice error={decide.error} />
      <div className="actions">
        {!own && (
          <button
            type="button"
            className="primary"
            disabled={decide.isPending}
            onClick={() => setConfirming(true)}
          >
            Approve and publish version {proposal.version}
          </button>
        )}
        <button
          type="button"
          disabled={decide.isPending || comment.trim() === ''}
          onClick={() =>
            decide.mutate({ id: proposal.id, approve: false, comment: comment.trim() })
          }
        >
          {own ? 'Withdraw' : 'Reject'} version {proposal.version}
        </button>
      </div>
      {confirming && (
        <ReauthDialog
          title={`Publish policy version ${proposal.version}`}
          explanation={`Version ${proposal.version} becomes the policy from ${proposal.effectiveFrom}, published in your name and proposed in ${proposal.proposedByName}’s.`}
          confirmLabel="Confirm publication"
          onCancel={() => setConfirming(false)}
          onConfirmed={() => {
            setConfirming(false);
            decide.mutate({ id: proposal.id, approve: true, comment: comment.trim() });
          }}
        />
      )}
    </article>
  );
}
