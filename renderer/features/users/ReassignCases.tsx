import { useId, useState } from 'react';
import type { User } from '../../../shared/users';
import { describeError } from '../../lib/api-errors';
import { useCaseHolders } from '../../lib/cases/use-case-holders';
import { useHeldCases, useReassignCases } from './use-reassign-cases';

const cases = (n: number) => (n === 1 ? '1 open case' : `${n} open cases`);

/**
 * A deactivated reviewer's open cases go to an active reviewer in one step, so none sits
 * unowned past its deadline. The confirmation says how many move and to whom.
 */
export function ReassignCases({ user }: { user: User }) {
  const pickerId = useId();
  const held = useHeldCases(user.id, !user.active);
  const holders = useCaseHolders(!user.active && (held.data ?? 0) > 0);
  const reassign = useReassignCases();
  const [toUserId, setToUserId] = useState('');
  const [moved, setMoved] = useState<string | null>(null);
  if (user.active) return null;
  if (held.isError) {
    return (
      <span className="field-error" role="alert">
        Could not count the cases {user.username} holds. {describeError(held.error)}
      </span>
    );
  }
  const open = held.data ?? 0;
  if (open === 0) {
    return moved ? <span role="status">{moved}</span> : null;
  }
  const reviewers = (holders.data ?? []).filter((h) => h.role === 'reviewer' && h.id !== user.id);
  const chosen = reviewers.find((r) => r.id === toUserId);

  function submit() {
    if (!chosen) return;
    const sure = window.confirm(
      `Move ${cases(open)} held by ${user.displayName} to ${chosen.displayName}? ${chosen.displayName} becomes the holder of each and may edit it; every move is recorded in the audit trail.`,
    );
    if (!sure) return;
    reassign.mutate(
      { fromUserId: user.id, toUserId: chosen.id },
      {
        onSuccess: ({ reassigned }) =>
          setMoved(
            `${reassigned === 1 ? '1 case' : `${reassigned} cases`} moved to ${chosen.displayName}.`,
          ),
      },
    );
  }

  return (
    <span className="inline-field reassign-cases">
      <span className="hint">
        {user.displayName} still holds {cases(open)}.
      </span>
      {holders.isSuccess && reviewers.length === 0 ? (
        <span className="field-error" role="alert">
          No active reviewer can take these cases: reactivate this account or open one for a
          reviewer first.
        </span>
      ) : (
        <>
          <label htmlFor={pickerId}>New holder of the cases of {user.username}</label>
          <select id={pickerId} value={toUserId} onChange={(e) => setToUserId(e.target.value)}>
            <option value="">Choose a reviewer</option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.displayName}
              </option>
            ))}
          </select>
          <button type="button" disabled={!chosen || reassign.isPending} onClick={submit}>
            Reassign the cases of {user.username}
          </button>
        </>
      )}
      {(reassign.error ?? holders.error) && (
        <span className="field-error" role="alert">
          {describeError(reassign.error ?? holders.error)}
        </span>
      )}
      {moved && <span role="status">{moved}</span>}
    </span>
  );
}
