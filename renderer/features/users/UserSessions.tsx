import { useId, useState } from 'react';
import type { User } from '../../../shared/users';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SessionsTable } from '../../components/SessionsTable';
import { useEndUserSession, useUserSessions } from './use-account-admin';

/**
 * Where a person is signed in. An administrator ends a session left open on a lost or shared
 * computer; the person's other sessions go on.
 */
export function UserSessions({ users }: { users: readonly User[] }) {
  const selectId = useId();
  const [userId, setUserId] = useState('');
  const sessions = useUserSessions(userId);
  const end = useEndUserSession(userId);
  const chosen = users.find((u) => u.id === userId);
  return (
    <section className="panel" aria-labelledby="user-sessions-heading">
      <h2 id="user-sessions-heading">Signed-in sessions</h2>
      <div className="field">
        <label htmlFor={selectId}>Sessions of</label>
        <select id={selectId} value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">Choose a person</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName} ({u.username})
            </option>
          ))}
        </select>
      </div>
      <ErrorNotice error={sessions.error ?? end.error} />
      {chosen && sessions.data?.length === 0 && <p>{chosen.username} is not signed in anywhere.</p>}
      {chosen && sessions.data && sessions.data.length > 0 && (
        <SessionsTable
          sessions={sessions.data}
          localLabel="Desktop app"
          action={(session) => (
            <button type="button" disabled={end.isPending} onClick={() => end.mutate(session.id)}>
              End this session of {chosen.username}
            </button>
          )}
        />
      )}
    </section>
  );
}
