import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { FirstAdminScreen } from '../features/setup/FirstAdminScreen';
import { LoginScreen } from '../features/setup/LoginScreen';
import { useSetupStatus } from '../features/setup/use-setup-status';
import { createQueryClient } from '../lib/query-client';
import { useSession } from '../lib/session';
import { AppShell } from './AppShell';

function Gate() {
  const setup = useSetupStatus();
  const session = useSession();
  if (setup.isError || session.isError) {
    return (
      <main className="centered-card">
        <div className="card">
          <h1>Disclosure Desk</h1>
          <ErrorNotice error={setup.error ?? session.error} />
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </div>
      </main>
    );
  }
  if (setup.isPending || session.isPending) {
    return <main className="centered-card">Connecting to the case service…</main>;
  }
  if (setup.data.needsFirstAdmin) return <FirstAdminScreen />;
  if (!session.data) return <LoginScreen />;
  return <AppShell session={session.data} />;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Gate />
    </QueryClientProvider>
  );
}
