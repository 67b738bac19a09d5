import type { SignOff } from '../../../shared/case-record';
import { nameWithUsername } from '../../../shared/users';
import { formatDateTime } from '../../lib/format';
import { OUTCOME_LABELS } from '../../lib/labels';

export function SignOffSummary({ signOff }: { signOff: SignOff }) {
  return (
    <p className="sign-off-line">
      Signed off by <strong>{nameWithUsername(signOff.byName, signOff.byUsername)}</strong> on{' '}
      {formatDateTime(signOff.at)} — outcome: <strong>{OUTCOME_LABELS[signOff.outcome]}</strong>
    </p>
  );
}
