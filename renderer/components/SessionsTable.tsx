import type { ReactNode } from 'react';
import type { OpenSession } from '../../shared/api';
import { formatDateTime } from '../lib/format';

/** Open sessions, one row each, with what may be done to each in the last column. */
export function SessionsTable({
  sessions,
  localLabel,
  action,
}: {
  sessions: readonly OpenSession[];
  /** How a session of the desktop app is named here. */
  localLabel: string;
  action: (session: OpenSession) => ReactNode;
}) {
  return (
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
        {sessions.map((session) => (
          <tr key={session.id}>
            <td>{formatDateTime(session.createdAt)}</td>
            <td>{formatDateTime(session.lastSeenAt)}</td>
            <td>{session.client === 'local' ? localLabel : (session.client ?? '—')}</td>
            <td>{action(session)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
