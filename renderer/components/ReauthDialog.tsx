import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { API } from '../../shared/api';
import { callApi } from '../lib/api-client';
import { useSession } from '../lib/session';
import { useReturnFocus } from '../lib/use-return-focus';
import { ErrorNotice } from './ErrorNotice';

interface ReauthDialogProps {
  /** What the password confirms, e.g. "Sign off case FR-2026-0142". */
  title: string;
  explanation: string;
  confirmLabel: string;
  onConfirmed: () => void;
  onCancel: () => void;
  /** What the decision does, shown above the password: read before confirming. */
  children?: ReactNode;
}

/**
 * Asks for the user's password again, and their second factor's code when they have one, before a sign-off or an approval: whoever sits at an
 * unlocked workstation must not be able to release data in someone else's name.
 */
export function ReauthDialog({
  title,
  explanation,
  confirmLabel,
  onConfirmed,
  onCancel,
  children,
}: ReauthDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const session = useSession();
  const askCode = session.data?.secondFactor?.enrolled === true;
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  useReturnFocus();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await callApi(API.reauthenticate, { body: { password, ...(askCode ? { code } : {}) } });
      setPassword('');
      setCode('');
      onConfirmed();
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{title}</h2>
        <p>{explanation}</p>
        {children}
        <label className="field">
          <span>Your password</span>
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            autoFocus
          />
        </label>
        {askCode && (
          <label className="field">
            <span>Code from your authenticator app</span>
            <input
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              required
            />
          </label>
        )}
        <ErrorNotice error={error} />
        <div className="button-row">
          <button
            type="submit"
            className="primary"
            disabled={pending || password === '' || (askCode && code === '')}
          >
            {pending ? 'Checking…' : confirmLabel}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
