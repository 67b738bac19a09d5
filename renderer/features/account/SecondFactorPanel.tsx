import { useSession } from '../../lib/session';
import { RemoveSecondFactor } from './RemoveSecondFactor';
import { RenewRecoveryCodes } from './RenewRecoveryCodes';
import { SecondFactorSetup } from './SecondFactorSetup';

/** Offered to everyone; supervisors and administrators already set theirs up to get here. */
export function SecondFactorPanel() {
  const session = useSession();
  const enrolled = session.data?.secondFactor?.enrolled === true;
  return (
    <section className="panel" aria-labelledby="second-factor-panel-heading">
      <h2 id="second-factor-panel-heading">Second factor</h2>
      {enrolled ? (
        <>
          <p>
            You confirm sign-ins, sign-offs and approvals with a code from your authenticator app.
            If you lose your phone and your recovery codes, ask an administrator to reset your
            password: that resets the second factor too.
          </p>
          <RenewRecoveryCodes />
          <RemoveSecondFactor />
        </>
      ) : (
        <>
          <p>
            Protect your account with a code from an authenticator app on your phone, asked at
            sign-in and before every sign-off.
          </p>
          <SecondFactorSetup />
        </>
      )}
    </section>
  );
}
