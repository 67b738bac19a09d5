import { ErrorNotice } from '../../components/ErrorNotice';
import { SessionsTable } from '../../components/SessionsTable';
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
        <SessionsTable
          sessions={sessions.data}
          localLabel="This computer"
          action={(session) =>
            session.current ? (
              'This session'
            ) : (
              <button type="button" disabled={end.isPending} onClick={() => end.mutate(session.id)}>
                Sign out this session
              </button>
            )
          }
        />
      )}
    </section>
  );
}
