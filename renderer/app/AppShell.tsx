import type { SessionInfo } from '../../shared/api';
import { ROLE_LABELS } from '../../shared/roles';
import { OnlineIndicator } from '../components/OnlineIndicator';
import { hrefFor, navigate, useHashRoute } from '../lib/hash-route';
import { useSignOut } from '../lib/session';
import { useCaseSync } from '../lib/sync/use-case-sync';
import { handlesCases, NAVIGATION } from './navigation';
import { Screen } from './Screen';

export function AppShell({ session }: { session: SessionInfo }) {
  const route = useHashRoute();
  const signOut = useSignOut();
  const { user } = session;
  const mirrorReady = useCaseSync(user.id, handlesCases(user.role));
  const items = NAVIGATION[user.role];
  const current = items.find((i) => i.screens.includes(route.screen)) ?? items[0];

  return (
    <div className="shell">
      <header className="app-header">
        <span className="product">Disclosure Desk</span>
        <nav aria-label="Main">
          <ul>
            {items.map((item) => (
              <li key={item.label}>
                <a href={hrefFor(item.route)} aria-current={item === current ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user-area">
          <OnlineIndicator />
          <span className="user">
            {user.displayName} <span className="role">· {ROLE_LABELS[user.role]}</span>
          </span>
          <button
            type="button"
            onClick={() => {
              void signOut().finally(() => navigate({ screen: 'home' }));
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
    </div>
  );
}
