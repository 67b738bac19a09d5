import { useState, type FormEvent } from 'react';
import { PasswordChange } from '../../../shared/users';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { TextField } from '../../components/TextField';
import {
  fieldErrorsFrom,
  issuesOf,
  zodFieldErrors,
  type FieldErrors,
} from '../../lib/field-errors';
import { useChangePassword } from './use-account';

export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const change = useChangePassword();
  const errors = { ...fieldErrorsFrom(issuesOf(change.error)), ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const parsed = PasswordChange.safeParse({ currentPassword, newPassword });
    const found = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (newPassword !== confirmation) found.confirmation = 'the two passwords are not the same';
    setClientErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    change.mutate(parsed.data, {
      onSuccess: () => {
        setDone(true);
        setCurrentPassword('');
        setNewPassword('');
        setConfirmation('');
      },
    });
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <div className="form-grid">
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errors.currentPassword}
        />
        <NewPasswordFields
          label="New password"
          password={newPassword}
          confirmation={confirmation}
          onPassword={setNewPassword}
          onConfirmation={setConfirmation}
          errors={{ password: errors.newPassword, confirmation: errors.confirmation }}
        />
      </div>
      {change.error && issuesOf(change.error).length === 0 && <ErrorNotice error={change.error} />}
      {done && (
        <p className="notice notice-success" role="status">
          Your password is changed. You were signed out everywhere else.
        </p>
      )}
      <button type="submit" className="primary" disabled={change.isPending}>
        Change password
      </button>
    </form>
  );
}
