import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { useEndSession, useOwnSessions } from './use-account';

/** Where one is signed in: a session one does not recognise can be ended from here. */
export function OwnSessions() {
  const sessions = useOwnSessions();
  const end = useEndSession();
  return (
    <section className="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are signed in</h2>
      <ErrorNotice error={sessions.error ?? end.error} />
      {sessions.data && (
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">Signed in</th>
              <th scope="col">Last active</th>
              <th scope="col">From</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.map((session) => (
              <tr key={session.id}>
                <td>{formatDateTime(session.createdAt)}</td>
                <td>{formatDateTime(session.lastSeenAt)}</td>
                <td>{session.client === 'local' ? 'This computer' : (session.client ?? '—')}</td>
                <td>
                  {session.current ? (
                    'This session'
                  ) : (
                    <button
                      type="button"
                      disabled={end.isPending}
                      onClick={() => end.mutate(session.id)}
                    >
                      Sign out this session
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
