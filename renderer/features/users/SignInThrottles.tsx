import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { useReleaseThrottle, useSignInThrottles } from './use-account-admin';

/**
 * Failed sign-ins slow down the address they come from. An administrator who knows the
 * failures were a colleague's typing can release the delay.
 */
export function SignInThrottles() {
  const throttles = useSignInThrottles();
  const release = useReleaseThrottle();
  if (throttles.data?.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="throttles-heading">
      <h2 id="throttles-heading">Failed sign-ins in the last 15 minutes</h2>
      <ErrorNotice error={throttles.error ?? release.error} />
      {throttles.data && (
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">Username</th>
              <th scope="col">From</th>
              <th scope="col">Failures</th>
              <th scope="col">Last failure</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {throttles.data.map((t) => (
              <tr key={`${t.username} ${t.client}`}>
                <td>{t.username}</td>
                <td>{t.client}</td>
                <td>{t.failures}</td>
                <td>{formatDateTime(t.lastFailureAt)}</td>
                <td>
                  <button
                    type="button"
                    disabled={release.isPending}
                    onClick={() => release.mutate({ username: t.username, client: t.client })}
                  >
                    Release {t.username}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
