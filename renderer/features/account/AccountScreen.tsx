import { ChangePasswordForm } from './ChangePasswordForm';
import { OwnSessions } from './OwnSessions';

export function AccountScreen() {
  return (
    <main className="page">
      <h1>Your account</h1>
      <ChangePasswordForm />
      <OwnSessions />
    </main>
  );
}
