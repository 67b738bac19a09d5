import type { SessionInfo } from '../../../shared/api';
import { ROLE_LABELS } from '../../../shared/roles';
import { useSignOut } from '../../lib/session';
import { SecondFactorSetup } from './SecondFactorSetup';

/**
 * What a supervisor or administrator without a second factor sees after signing in: nothing
 * else opens until it is set up (the case service refuses everything else too).
 */
export function SecondFactorRequiredScreen({ session }: { session: SessionInfo }) {
  const signOut = useSignOut();
  return (
    <main className="centered-card">
      <section className="card" aria-labelledby="second-factor-heading">
        <h1 id="second-factor-heading">Set up your second factor</h1>
        <p>
          As {ROLE_LABELS[session.user.role].toLowerCase()}, {session.user.displayName}, you confirm
          your sign-in with a code from an authenticator app on your phone as well as your password.
          Set it up now to continue.
        </p>
        <SecondFactorSetup />
        <p>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </p>
      </section>
    </main>
  );
}
