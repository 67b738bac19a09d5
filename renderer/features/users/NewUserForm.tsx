import { useId, useState, type FormEvent } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/roles';
import { NewUser, type IssuedEnrolment } from '../../../shared/users';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import {
  fieldErrorsFrom,
  issuesOf,
  zodFieldErrors,
  type FieldErrors,
} from '../../lib/field-errors';
import { EnrolmentCodeNotice } from './EnrolmentCodeNotice';
import { useCreateUser } from './use-create-user';

/** Roles one administrator asks for and a second one confirms. */
const CONFIRMED_ROLES: readonly Role[] = ['supervisor', 'admin'];

export function NewUserForm() {
  const roleId = useId();
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [issued, setIssued] = useState<IssuedEnrolment | null>(null);
  const [pending, setPending] = useState(false);
  const create = useCreateUser();
  const errors = { ...fieldErrorsFrom(issuesOf(create.error)), ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    setIssued(null);
    const parsed = NewUser.safeParse({ displayName, username, role });
    const found = parsed.success ? {} : zodFieldErrors(parsed.error);
    setClientErrors(found);
    if (!parsed.success) return;
    create.mutate(parsed.data, {
      onSuccess: ({ user, enrolment }) => {
        setIssued(enrolment);
        setPending(user.pendingGrant !== null);
        setDisplayName('');
        setUsername('');
      },
    });
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">New account</h2>
      <p className="hint">
        The person chooses their own password with a one-time enrolment code. Supervisor and
        administrator roles take effect when a second administrator confirms them.
      </p>
      <div className="form-grid">
        <TextField
          label="Full name"
          value={displayName}
          onChange={setDisplayName}
          error={errors.displayName}
        />
        <TextField
          label="Username"
          value={username}
          onChange={setUsername}
          error={errors.username}
        />
        <div className="field">
          <label htmlFor={roleId}>Role</label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
                {CONFIRMED_ROLES.includes(r) ? ' (a second administrator confirms)' : ''}
              </option>
            ))}
          </select>
          {errors.role && <span className="field-error">{errors.role}</span>}
        </div>
      </div>
      {create.error && <ErrorNotice error={create.error} />}
      {issued && <EnrolmentCodeNotice enrolment={issued} />}
      {issued && pending && (
        <p className="notice" role="note">
          Until a second administrator confirms the role, {issued.username} works as a legal
          reviewer.
        </p>
      )}
      <button type="submit" className="primary" disabled={create.isPending}>
        Create account
      </button>
    </form>
  );
}
