import { secondFactorRequired } from '../../../shared/second-factor';
import { useSession } from '../../lib/session';
import { OwnFactorProofForm } from './OwnFactorProofForm';
import { useRemoveSecondFactor } from './use-second-factor';

/**
 * A reviewer or auditor may turn their second factor off; supervisors and administrators may
 * not, since approvals and accounts depend on it.
 */
export function RemoveSecondFactor() {
  const session = useSession();
  const remove = useRemoveSecondFactor();
  const role = session.data?.user.role;
  if (!role) return null;

  if (secondFactorRequired(role)) {
    return (
      <>
        <h3>Removing the second factor</h3>
        <p data-testid="second-factor-required-reason">
          You cannot remove your second factor: supervisors and administrators must confirm
          sign-ins, approvals and account changes with it. If you lost your phone and your recovery
          codes, ask an administrator to reset your password; that resets the second factor too.
        </p>
      </>
    );
  }

  return (
    <OwnFactorProofForm
      label="Remove the second factor"
      submitLabel="Remove second factor"
      pendingLabel="Removing…"
      codeHint="The six digits your app shows now, or one of your recovery codes."
      pending={remove.isPending}
      error={remove.error}
      onSubmit={(proof) => remove.mutate(proof)}
    >
      <h3>Removing the second factor</h3>
      <p>
        Without a second factor, your password alone lets anyone sign in as you and sign off cases
        in your name. If you change phones, remove it here and set it up again on the new phone.
        Your recovery codes stop working too. The removal is recorded in the audit trail.
      </p>
    </OwnFactorProofForm>
  );
}
