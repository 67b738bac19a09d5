import { useEffect, useState } from 'react';
import type { SessionInfo } from '../../shared/api';
import { ROLE_LABELS } from '../../shared/roles';
import { OnlineIndicator } from '../components/OnlineIndicator';
import { SyncStatusBar } from '../features/sync/SyncStatusBar';
import { hrefFor, navigate, useHashRoute } from '../lib/hash-route';
import { db } from '../lib/db';
import { rememberSession } from '../lib/offline-session';
import { useSignOut } from '../lib/session';
import { useApprovalCount } from '../lib/notifications/use-approval-count';
import { useDeskNotifications } from '../lib/notifications/use-desk-notifications';
import { useCaseSync } from '../lib/sync/use-case-sync';
import { handlesCases, NAVIGATION } from './navigation';
import { NotificationsOffer } from './NotificationsOffer';
import { Screen } from './Screen';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SkipLink } from './SkipLink';
import { ThemeToggle } from './ThemeToggle';
import { useFocusOnNavigation } from './use-focus-on-navigation';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useMirrorForRole } from './use-mirror-for-role';

export function AppShell({ session }: { session: SessionInfo }) {
  const route = useHashRoute();
  const signOut = useSignOut();
  const { user } = session;
  const syncing = handlesCases(user.role);
  const mirrorReady = useCaseSync(user, syncing);
  useMirrorForRole(user.role);
  useEffect(() => {
    if (!syncing || !mirrorReady) return;
    rememberSession(db, session).catch((error: unknown) => {
      // Everything works online; only a reload without the network would ask to sign in.
      console.warn('Could not keep the sign-in for offline use:', error);
    });
  }, [syncing, mirrorReady, session]);
  const [showShortcuts, setShowShortcuts] = useState(false);
  useGlobalShortcuts(user.role, route, () => setShowShortcuts(true));
  // A list's filters in the address are not a new screen: focus stays where the user types.
  useFocusOnNavigation(hrefFor(route).split('?')[0]!);
  useDeskNotifications({ id: user.id, role: user.role }, syncing && mirrorReady);
  const awaitingApproval = useApprovalCount(
    user.id,
    syncing && mirrorReady && user.role === 'supervisor',
  );
  const items = NAVIGATION[user.role];
  const current = items.find((i) => i.screens.includes(route.screen)) ?? items[0];

  return (
    <div className="shell">
      <SkipLink />
      <header className="app-header">
        <span className="product">Disclosure Desk</span>
        <nav aria-label="Main">
          <ul>
            {items.map((item) => (
              <li key={item.label}>
                <a href={hrefFor(item.route)} aria-current={item === current ? 'page' : undefined}>
                  {item.label}
                  {item.route.screen === 'approvals' && awaitingApproval > 0 && (
                    <span className="count-badge">
                      {' '}
                      {awaitingApproval}
                      <span className="visually-hidden"> awaiting approval</span>
                    </span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user-area">
          <OnlineIndicator />
          {syncing && <NotificationsOffer />}
          {syncing && mirrorReady && <SyncStatusBar />}
          <a
            className="user"
            href={hrefFor({ screen: 'account' })}
            title="Your password and where you are signed in"
          >
            {user.displayName} <span className="role">· {ROLE_LABELS[user.role]}</span>
          </a>
          <ThemeToggle />
          <button
            type="button"
            aria-keyshortcuts="?"
            aria-haspopup="dialog"
            onClick={() => setShowShortcuts(true)}
          >
            Shortcuts
          </button>
          <button
            type="button"
            onClick={() => {
              void confirmSignOut().then((go) => {
                if (go) void signOut().finally(() => navigate({ screen: 'home' }));
              });
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      {mirrorReady ? (
        <Screen route={route} role={user.role} />
      ) : (
        <main className="page">Opening this workstation’s case cache…</main>
      )}
      {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
    </div>
  );
}

/**
 * Signing out wipes the workstation's cache, the outbox included: actions not yet accepted by
 * the case service would be lost, so the user decides with the count in front of them.
 */
async function confirmSignOut(): Promise<boolean> {
  const pending = await db.outbox.count();
  if (pending === 0) return true;
  return window.confirm(
    `${pending} of your actions have not reached the case service yet and will be lost if you sign out now. Sign out anyway?`,
  );
}
