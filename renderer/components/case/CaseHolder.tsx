import { useId, useState } from 'react';
import type { CaseDetail } from '../../../shared/case-record';
import { HOLDABLE_STATUSES } from '../../../shared/case-ownership';
import type { CaseMutation } from '../../lib/cases/case-mutation-type';
import { useCaseHolders } from '../../lib/cases/use-case-holders';

interface CaseHolderProps {
  detail: CaseDetail;
  userId: string | null;
  disabled: boolean;
  send: (mutation: CaseMutation) => void;
}

/**
 * Who holds the case, and the moves of holding open to this user: claim, release, assign.
 * Anyone else reads the case and is told who may change it.
 */
export function CaseHolder({ detail, userId, disabled, send }: CaseHolderProps) {
  const allowed = new Set(detail.allowedActions);
  const caseRef = { caseId: detail.id, version: detail.version };
  const holderId = detail.assigneeId ?? null;
  const mine = holderId !== null && holderId === userId;
  const open = HOLDABLE_STATUSES.includes(detail.status);
  if (!open && !allowed.has('assign')) return null;
  return (
    <section className="case-holder" aria-label="Who holds this case">
      <p>
        {holderId === null ? (
          <>Nobody holds this case yet.</>
        ) : mine && detail.status === 'returned' ? (
          <strong className="flag">Returned to you</strong>
        ) : mine ? (
          <>You hold this case.</>
        ) : (
          <span role="note" className="read-only-note">
            Held by <strong>{detail.assigneeName ?? 'another reviewer'}</strong>: you can read this
            case; only they may change it.
          </span>
        )}
      </p>
      {allowed.has('claim') && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => send({ name: 'case.claim', args: caseRef })}
        >
          Claim this case
        </button>
      )}
      {allowed.has('release') && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => send({ name: 'case.release', args: caseRef })}
        >
          Release this case
        </button>
      )}
      {allowed.has('assign') && (
        <AssignControl
          current={holderId}
          disabled={disabled}
          onAssign={(assigneeId) => send({ name: 'case.assign', args: { ...caseRef, assigneeId } })}
        />
      )}
    </section>
  );
}

function AssignControl({
  current,
  disabled,
  onAssign,
}: {
  current: string | null;
  disabled: boolean;
  onAssign: (assigneeId: string | null) => void;
}) {
  const id = useId();
  const holders = useCaseHolders(true);
  const [choice, setChoice] = useState(current ?? '');
  if (!holders.data) return null;
  return (
    <span className="assign-control">
      <label htmlFor={id}>Assign to</label>{' '}
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">Nobody (unassigned)</option>
        {holders.data.map((h) => (
          <option key={h.id} value={h.id}>
            {h.displayName}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        disabled={disabled || choice === (current ?? '')}
        onClick={() => onAssign(choice === '' ? null : choice)}
      >
        Assign
      </button>
    </span>
  );
}
