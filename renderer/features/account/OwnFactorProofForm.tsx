import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { fieldErrorsFrom, issuesOf } from '../../lib/field-errors';

export interface OwnFactorProof {
  password: string;
  code: string;
}

interface OwnFactorProofFormProps {
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  pendingLabel: string;
  codeHint: string;
  pending: boolean;
  error: unknown;
  onSubmit: (proof: OwnFactorProof) => void;
  children?: ReactNode;
}

/**
 * A change to one's own second factor is confirmed with the password and a fresh code from the
 * authenticator app, so that whoever sits at an unlocked workstation cannot make it.
 */
export function OwnFactorProofForm({
  label,
  submitLabel,
  pendingLabel,
  codeHint,
  pending,
  error,
  onSubmit,
  children,
}: OwnFactorProofFormProps) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const errors = fieldErrorsFrom(issuesOf(error));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ password, code });
  }

  return (
    <form aria-label={label} onSubmit={submit} noValidate>
      {children}
      <div className="form-grid">
        <TextField
          label="Your password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
        <TextField
          label="Code from your authenticator app"
          hint={codeHint}
          autoComplete="one-time-code"
          inputMode="numeric"
          value={code}
          onChange={setCode}
          error={errors.code}
        />
      </div>
      <ErrorNotice error={error} />
      <button type="submit" disabled={pending || password === '' || code === ''}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
