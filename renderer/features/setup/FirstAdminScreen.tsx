import { useState, type FormEvent } from 'react';
import { FirstAdmin } from '../../../shared/users';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import {
  fieldErrorsFrom,
  issuesOf,
  zodFieldErrors,
  type FieldErrors,
} from '../../lib/field-errors';
import { useCreateFirstAdmin } from './use-create-first-admin';

/** Shown only on a fresh database: the person installing the desk becomes its administrator. */
export function FirstAdminScreen() {
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const create = useCreateFirstAdmin();
  const errors = { ...fieldErrorsFrom(issuesOf(create.error)), ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = FirstAdmin.safeParse({ displayName, username, password });
    const found = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (password !== confirmation) found.confirmation = 'the two passwords are not the same';
    setClientErrors(found);
    if (parsed.success && Object.keys(found).length === 0) create.mutate(parsed.data);
  }

  return (
    <main className="centered-card">
      <form className="card" onSubmit={submit} noValidate>
        <h1>Create the first administrator</h1>
        <p>
          This Disclosure Desk has no accounts yet. The administrator creates the accounts of
          reviewers and supervisors; they do not review cases.
        </p>
        <TextField
          label="Full name"
          value={displayName}
          onChange={setDisplayName}
          error={errors.displayName}
          autoComplete="name"
        />
        <TextField
          label="Username"
          value={username}
          onChange={setUsername}
          error={errors.username}
          autoComplete="username"
          hint="3 to 32 lowercase letters, digits, dots, dashes or underscores"
        />
        <TextField
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          autoComplete="new-password"
          hint="At least 12 characters; a passphrase is best"
        />
        <TextField
          label="Confirm password"
          type="password"
          value={confirmation}
          onChange={setConfirmation}
          error={errors.confirmation}
          autoComplete="new-password"
        />
        {create.error && issuesOf(create.error).length === 0 && (
          <ErrorNotice error={create.error} />
        )}
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create administrator'}
        </button>
      </form>
    </main>
  );
}
