import type { CaseDeadline } from '../../../shared/governing-deadline';
import { formatDateTime } from '../../lib/format';

/** Which date governs the case, with the other one beside it for context. */
export function DeadlineBasis({ deadline }: { deadline: CaseDeadline | undefined }) {
  if (!deadline) return null;
  if (!deadline.authorityRespondBy) {
    return (
      <p className="muted deadline-basis">
        Due {formatDateTime(deadline.dueAt)} by the policy; the authority states no date.
      </p>
    );
  }
  return (
    <p className="muted deadline-basis">
      Due {formatDateTime(deadline.dueAt)}, the earlier of the two dates (policy:{' '}
      {formatDateTime(deadline.policyDueAt)}; authority asks by{' '}
      {formatDateTime(deadline.authorityRespondBy)}).
    </p>
  );
}
