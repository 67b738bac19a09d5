import { useState } from 'react';
import type { IssuedEnrolment } from '../../../shared/users';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSession } from '../../lib/session';
import { EnrolmentCodeNotice } from './EnrolmentCodeNotice';
import { NewUserForm } from './NewUserForm';
import { SignInThrottles } from './SignInThrottles';
import { UserRow } from './UserRow';
import { UserSessions } from './UserSessions';
import { useUsers } from './use-users';

export function UsersScreen() {
  const users = useUsers();
  const session = useSession();
  const [reissued, setReissued] = useState<IssuedEnrolment | null>(null);

  return (
    <main className="page">
      <h1>Users</h1>
      <NewUserForm />
      <section className="panel" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts</h2>
        <ErrorNotice error={users.error} />
        {reissued && <EnrolmentCodeNotice enrolment={reissued} />}
        {users.data && (
          <table className="grid">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Username</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  myId={session.data?.user.id}
                  myUsername={session.data?.user.username}
                  onEnrolment={setReissued}
                />
              ))}
            </tbody>
          </table>
        )}
      </section>
      {users.data && <UserSessions users={users.data} />}
      <SignInThrottles />
    </main>
  );
}
