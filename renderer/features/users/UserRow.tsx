import { useId, useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/roles';
import type { IssuedEnrolment, User } from '../../../shared/users';
import { formatDate } from '../../lib/format';
import { ReassignCases } from './ReassignCases';
import { useDecideRoleGrant, useResetPassword } from './use-account-admin';
import { useUpdateUser } from './use-update-user';

interface UserRowProps {
  user: User;
  myId: string | undefined;
  myUsername: string | undefined;
  onEnrolment: (enrolment: IssuedEnrolment) => void;
}

export function UserRow({ user, myId, myUsername, onEnrolment }: UserRowProps) {
  const roleId = useId();
  const [role, setRole] = useState<Role>(user.role);
  const update = useUpdateUser();
  const reset = useResetPassword();
  const decide = useDecideRoleGrant();
  const mine = user.id === myId;
  const grant = user.pendingGrant;
  // Neither the administrator who asked nor the person receiving the role may confirm it.
  const mayConfirm = grant !== null && !mine && grant.requestedBy !== myUsername;

  return (
    <tr>
      <td>{user.displayName}</td>
      <td>{user.username}</td>
      <td>
        {ROLE_LABELS[user.role]}
        {grant && (
          <div className="hint">
            {ROLE_LABELS[grant.role]} asked by {grant.requestedBy}, awaiting a second administrator
          </div>
        )}
      </td>
      <td>{!user.active ? 'Deactivated' : user.enrolled ? 'Active' : 'Awaiting enrolment'}</td>
      <td>{formatDate(user.createdAt)}</td>
      <td className="row-actions">
        {grant && mayConfirm && (
          <button
            type="button"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ grantId: grant.id, decision: 'confirm' })}
          >
            Confirm {ROLE_LABELS[grant.role].toLowerCase()} role for {user.username}
          </button>
        )}
        {grant && (
          <button
            type="button"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ grantId: grant.id, decision: 'withdraw' })}
          >
            Withdraw role request for {user.username}
          </button>
        )}
        {!mine && user.active && (
          <span className="inline-field">
            <label htmlFor={roleId} className="visually-hidden">
              New role for {user.username}
            </label>
            <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={update.isPending || role === user.role}
              onClick={() => update.mutate({ userId: user.id, update: { role } })}
            >
              Change role of {user.username}
            </button>
          </span>
        )}
        {!mine && user.active && (
          <button
            type="button"
            disabled={reset.isPending}
            onClick={() => {
              const guarded =
                user.role === 'supervisor' || user.role === 'admin'
                  ? ' They work as a legal reviewer until another administrator confirms their role again.'
                  : '';
              const sure = window.confirm(
                `Reset the password of ${user.username}? Their password and second factor stop working and they are signed out everywhere; they choose a new password with the code shown next.${guarded}`,
              );
              if (sure) reset.mutate(user.id, { onSuccess: onEnrolment });
            }}
          >
            Reset password of {user.username}
          </button>
        )}
        {!mine && (
          <button
            type="button"
            disabled={update.isPending}
            onClick={() => update.mutate({ userId: user.id, update: { active: !user.active } })}
          >
            {user.active ? 'Deactivate' : 'Reactivate'} {user.username}
          </button>
        )}
        {!mine && <ReassignCases user={user} />}
        {(update.error ?? reset.error ?? decide.error) && (
          <span className="field-error" role="alert">
            {(update.error ?? reset.error ?? decide.error)?.message}
          </span>
        )}
      </td>
    </tr>
  );
}
