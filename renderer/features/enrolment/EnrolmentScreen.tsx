import { useState, type FormEvent } from 'react';
import { Enrolment } from '../../../shared/users';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { TextField } from '../../components/TextField';
import {
  fieldErrorsFrom,
  issuesOf,
  zodFieldErrors,
  type FieldErrors,
} from '../../lib/field-errors';
import { navigate } from '../../lib/hash-route';
import { useEnrol } from './use-enrol';

/**
 * Where a new colleague, or one whose password was reset, chooses their own password with
 * the one-time code an administrator gave them. No administrator ever knows the password.
 */
export function EnrolmentScreen({ code: linkCode }: { code: string }) {
  const [code, setCode] = useState(linkCode);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const enrol = useEnrol();
  const errors = { ...fieldErrorsFrom(issuesOf(enrol.error)), ...clientErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = Enrolment.safeParse({ code, password });
    const found = parsed.success ? {} : zodFieldErrors(parsed.error);
    if (password !== confirmation) found.confirmation = 'the two passwords are not the same';
    setClientErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    enrol.mutate(parsed.data, { onSuccess: () => navigate({ screen: 'home' }) });
  }

  return (
    <main className="centered-card">
      <form className="card" onSubmit={submit} noValidate>
        <h1>Set your password</h1>
        <p>
          Enter the enrolment code your administrator gave you and choose a password only you know.
          A long sentence is easiest to remember; common passwords and ones containing your name are
          refused.
        </p>
        <TextField
          label="Enrolment code"
          value={code}
          onChange={setCode}
          autoComplete="one-time-code"
          error={errors.code}
        />
        <NewPasswordFields
          label="Password"
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          errors={{ password: errors.password, confirmation: errors.confirmation }}
        />
        {enrol.error && issuesOf(enrol.error).length === 0 && <ErrorNotice error={enrol.error} />}
        <button type="submit" className="primary" disabled={enrol.isPending}>
          {enrol.isPending ? 'Saving…' : 'Set password and sign in'}
        </button>
        <p>
          <a href="#/">Back to sign-in</a>
        </p>
      </form>
    </main>
  );
}
