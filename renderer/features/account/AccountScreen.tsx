import { ChangePasswordForm } from './ChangePasswordForm';
import { OwnSessions } from './OwnSessions';
import { SecondFactorPanel } from './SecondFactorPanel';

export function AccountScreen() {
  return (
    <main className="page">
      <h1>Your account</h1>
      <ChangePasswordForm />
      <SecondFactorPanel />
      <OwnSessions />
    </main>
  );
}
