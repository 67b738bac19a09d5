import { useId, useState, type FormEvent } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/roles';
import { NewUser } from '../../../shared/users';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import {
  fieldErrorsFrom,
  issuesOf,
  zodFieldErrors,
  type FieldErrors,
} from '../../lib/field-errors';
import { useCreateUser } from './use-create-user';

export function NewUserForm() {
  const roleId = useId();
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<string | null>(null);
  const create = useCreateUser();
  const errors = { ...fieldErrorsFrom(issuesOf(create.error)), ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const parsed = NewUser.safeParse({ displayName, username, role, password });
    const found = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (password !== confirmation) found.confirmation = 'the two passwords are not the same';
    setClientErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    create.mutate(parsed.data, {
      onSuccess: (user) => {
        setCreated(`${user.displayName} (${user.username}) can now sign in.`);
        setDisplayName('');
        setUsername('');
        setPassword('');
        setConfirmation('');
      },
    });
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">New account</h2>
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
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          hint="At least 12 characters; hand it over in person"
        />
        <TextField
          label="Confirm password"
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={setConfirmation}
          error={errors.confirmation}
        />
      </div>
      {create.error && issuesOf(create.error).length === 0 && <ErrorNotice error={create.error} />}
      {created && (
        <p className="notice notice-success" role="status">
          {created}
        </p>
      )}
      <button type="submit" className="primary" disabled={create.isPending}>
        Create account
      </button>
    </form>
  );
}
