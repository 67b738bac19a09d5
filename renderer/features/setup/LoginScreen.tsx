import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { isApiError } from '../../lib/api-errors';
import { db } from '../../lib/db';
import { hrefFor } from '../../lib/hash-route';
import { useLiveQuery } from '../../lib/use-live-query';
import { useLogin } from './use-login';

export function LoginScreen() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const login = useLogin();
  // Asked once the password is known right, for an account with a second factor.
  const [askCode, setAskCode] = useState(false);
  if (!askCode && isApiError(login.error, 'second_factor_required')) setAskCode(true);
  // A session that ended offline (idle or absolute timeout) leaves its queued actions here.
  const waiting = useLiveQuery(() => db.outbox.count(), 0, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate({ username, password, ...(askCode ? { code } : {}) });
  }

  return (
    <main className="centered-card">
      <form className="card" onSubmit={submit}>
        <h1>Sign in to Disclosure Desk</h1>
        {waiting > 0 && (
          <p className="notice notice-warning" role="note">
            The last session on this workstation ended with{' '}
            {waiting === 1 ? '1 action' : `${waiting} actions`} not yet sent to the case service.
            Sign in as the person who took them and they are sent; if someone else signs in here,
            they are discarded.
          </p>
        )}
        <TextField
          label="Username"
          value={username}
          onChange={setUsername}
          autoComplete="username"
          required
        />
        <TextField
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
        />
        {askCode && (
          <TextField
            label="Code from your authenticator app"
            hint="Six digits, or one of your recovery codes."
            value={code}
            onChange={setCode}
            autoComplete="one-time-code"
            inputMode="text"
            autoFocus
            required
          />
        )}
        {!isApiError(login.error, 'second_factor_required') && <ErrorNotice error={login.error} />}
        <button
          type="submit"
          className="primary"
          disabled={
            login.isPending || username === '' || password === '' || (askCode && code === '')
          }
        >
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        <p>
          New here, or was your password reset?{' '}
          <a href={hrefFor({ screen: 'enrol', code: '' })}>Set your password with a code</a>
        </p>
      </form>
    </main>
  );
}
