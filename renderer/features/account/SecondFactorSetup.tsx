import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { RecoveryCodeList } from './RecoveryCodeList';
import {
  useConfirmSecondFactor,
  useFinishSecondFactor,
  useStartSecondFactor,
} from './use-second-factor';

/**
 * Sets up an authenticator app: a QR code (and its secret as text, for typing), a first code
 * to prove the app works, then the recovery codes, shown this once.
 */
export function SecondFactorSetup() {
  const start = useStartSecondFactor();
  const confirm = useConfirmSecondFactor();
  const finish = useFinishSecondFactor();
  const [code, setCode] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    confirm.mutate(code);
  }

  if (confirm.data) {
    return (
      <div className="second-factor-setup">
        <p role="status">Your authenticator app is set up.</p>
        <h3>Your recovery codes</h3>
        <p>
          Each code lets you sign in once without your phone. Print them or keep them somewhere
          safe: they are not shown again.
        </p>
        <RecoveryCodeList codes={confirm.data.recoveryCodes} />
        <button type="button" className="primary" onClick={() => void finish()}>
          I have saved my recovery codes
        </button>
      </div>
    );
  }

  if (!start.data) {
    return (
      <div className="second-factor-setup">
        <ErrorNotice error={start.error} />
        <button
          type="button"
          className="primary"
          disabled={start.isPending}
          onClick={() => start.mutate()}
        >
          {start.isPending ? 'Preparing…' : 'Set up an authenticator app'}
        </button>
      </div>
    );
  }

  return (
    <form className="second-factor-setup" onSubmit={submit}>
      <ol>
        <li>
          <p>Scan this code with an authenticator app on your phone.</p>
          <img
            className="qr-code"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(start.data.qrSvg)}`}
            alt="QR code for your authenticator app"
            width={200}
            height={200}
          />
          <p>
            Or enter this key by hand:{' '}
            <code data-testid="second-factor-secret">{start.data.secret}</code>
          </p>
        </li>
        <li>
          <TextField
            label="Code shown by the app"
            hint="Six digits; a new code appears every 30 seconds."
            value={code}
            onChange={setCode}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
          />
        </li>
      </ol>
      <ErrorNotice error={confirm.error} />
      <button type="submit" className="primary" disabled={confirm.isPending || code === ''}>
        {confirm.isPending ? 'Checking…' : 'Confirm the code'}
      </button>
    </form>
  );
}
