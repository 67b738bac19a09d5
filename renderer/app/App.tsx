import { QueryClientProvider } from '@tanstack/react-query';
import type { Role } from '../../shared/roles';
import { useEffect, useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { SecondFactorRequiredScreen } from '../features/account/SecondFactorRequiredScreen';
import { EnrolmentScreen } from '../features/enrolment/EnrolmentScreen';
import { FirstAdminScreen } from '../features/setup/FirstAdminScreen';
import { LoginScreen } from '../features/setup/LoginScreen';
import { useSetupStatus } from '../features/setup/use-setup-status';
import { useOnline } from '../lib/connection';
import { useHashRoute } from '../lib/hash-route';
import { createQueryClient } from '../lib/query-client';
import { useSession } from '../lib/session';
import { Announcer } from './Announcer';
import { AppShell } from './AppShell';
import { usePageTitleFromHeading } from './use-page-title';
import { useMirrorForRole } from './use-mirror-for-role';

function Gate() {
  const route = useHashRoute();
  const setup = useSetupStatus();
  const session = useSession();
  const online = useOnline();
  const setupFailed = setup.isError;
  const { refetch: refetchSetup } = setup;
  // Opened offline, the setup check failed; the sign-in screen needs it once the network is
  // back (a session that ended on the train sends the user there).
  useEffect(() => {
    if (setupFailed && online) void refetchSetup();
  }, [setupFailed, online, refetchSetup]);
  // An enrolment link opens its screen whoever is signed in on this browser.
  if (route.screen === 'enrol') return <EnrolmentScreen code={route.code} />;
  // A sign-in implies the desk is set up: offline, the setup check fails but the sign-in kept
  // with this user's mirror still opens their cases.
  if (session.data) {
    const factor = session.data.secondFactor;
    if (factor?.required && !factor.enrolled) {
      return (
        <>
          <MirrorForRole role={session.data.user.role} />
          <SecondFactorRequiredScreen session={session.data} />
        </>
      );
    }
    return <AppShell session={session.data} />;
  }
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
  return <LoginScreen />;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  usePageTitleFromHeading();
  return (
    <QueryClientProvider client={queryClient}>
      <Gate />
      <Announcer />
    </QueryClientProvider>
  );
}

/** Keeps the workstation's case copy only for a role that handles cases. */
function MirrorForRole({ role }: { role: Role }) {
  useMirrorForRole(role);
  return null;
}
