import { ROLE_LABELS } from '../../../shared/roles';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../lib/format';
import { useSession } from '../../lib/session';
import { NewUserForm } from './NewUserForm';
import { useUpdateUser } from './use-update-user';
import { useUsers } from './use-users';

export function UsersScreen() {
  const users = useUsers();
  const update = useUpdateUser();
  const session = useSession();
  const myId = session.data?.user.id;

  return (
    <main className="page">
      <h1>Users</h1>
      <NewUserForm />
      <section className="panel" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts</h2>
        <ErrorNotice error={users.error ?? update.error} />
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
                <tr key={user.id}>
                  <td>{user.displayName}</td>
                  <td>{user.username}</td>
                  <td>{ROLE_LABELS[user.role]}</td>
                  <td>{user.active ? 'Active' : 'Deactivated'}</td>
                  <td>{formatDate(user.createdAt)}</td>
                  <td>
                    {user.id !== myId && (
                      <button
                        type="button"
                        disabled={update.isPending}
                        onClick={() =>
                          update.mutate({ userId: user.id, update: { active: !user.active } })
                        }
                      >
                        {user.active ? 'Deactivate' : 'Reactivate'} {user.username}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
