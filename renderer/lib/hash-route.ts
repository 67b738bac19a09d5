import { useSyncExternalStore } from 'react';
import { PendingAddress, type HistoryEntry } from './pending-address';

/** Screens addressable by URL hash, so a reload keeps the screen: `#/cases/<id>`. */
export type AppRoute =
  | { screen: 'home' }
  /** `params`: the list's view, filters and sort, as in `#/queue?view=mine&status=received`. */
  | { screen: 'queue'; params?: string }
  | { screen: 'case'; caseId: string }
  | { screen: 'intake' }
  | { screen: 'approvals'; params?: string }
  | { screen: 'approval'; caseId: string }
  | { screen: 'users' }
  | { screen: 'policy' }
  | { screen: 'audit' }
  | { screen: 'reports' }
  /** One's own password and sessions. */
  | { screen: 'account' }
  /** Setting one's password with an enrolment code; the code may come in the link. */
  | { screen: 'enrol'; code: string };

export function parseHash(hash: string): AppRoute {
  const [path = '', params = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  switch (first) {
    case 'queue':
      return params ? { screen: 'queue', params } : { screen: 'queue' };
    case 'cases':
      return second ? { screen: 'case', caseId: second } : { screen: 'queue' };
    case 'intake':
      return { screen: 'intake' };
    case 'approvals':
      if (second) return { screen: 'approval', caseId: second };
      return params ? { screen: 'approvals', params } : { screen: 'approvals' };
    case 'users':
      return { screen: 'users' };
    case 'policy':
      return { screen: 'policy' };
    case 'audit':
      return { screen: 'audit' };
    case 'reports':
      return { screen: 'reports' };
    case 'account':
      return { screen: 'account' };
    case 'enrol':
      return { screen: 'enrol', code: second ?? '' };
    default:
      return { screen: 'home' };
  }
}

export function hrefFor(route: AppRoute): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'case':
      return `#/cases/${encodeURIComponent(route.caseId)}`;
    case 'approval':
      return `#/approvals/${encodeURIComponent(route.caseId)}`;
    case 'enrol':
      return route.code ? `#/enrol/${encodeURIComponent(route.code)}` : '#/enrol';
    case 'queue':
    case 'approvals':
      return route.params ? `#/${route.screen}?${route.params}` : `#/${route.screen}`;
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: AppRoute): void {
  flushAddress();
  window.location.hash = hrefFor(route);
}

const pending = new PendingAddress({
  current: () => window.location.hash,
  write: (address, entry) => {
    if (entry === 'push') window.history.pushState(window.history.state, '', address);
    else window.history.replaceState(window.history.state, '', address);
  },
});

/**
 * Changes the address without a `hashchange`, so a list's filter re-renders the list, not the
 * window around it. The screen takes the new address at once; the history gets it once the
 * frame showing it is drawn, or before anything that may leave the screen (a click, a key that
 * is not typing, a navigation).
 */
export function writeAddress(route: AppRoute, entry: HistoryEntry): void {
  if (!pending.queue(hrefFor(route), entry)) return;
  listenForLeaving();
  requestAnimationFrame(() => setTimeout(flushAddress, 0));
  // A hidden window draws no frames.
  setTimeout(flushAddress, 250);
}

export function flushAddress(): void {
  pending.flush();
}

let listening = false;

function listenForLeaving(): void {
  if (listening) return;
  listening = true;
  const options = { capture: true, passive: true };
  window.addEventListener('pointerdown', flushAddress, options);
  window.addEventListener('click', flushAddress, options);
  window.addEventListener(
    'keydown',
    (event) => {
      if (mayLeave(event)) flushAddress();
    },
    options,
  );
  window.addEventListener('pagehide', flushAddress);
}

/** Any key but the ones that type into a field: Enter follows a link, Alt+Left goes Back. */
function mayLeave(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  return event.key.length > 1 && !['Backspace', 'Delete', 'Shift', 'Dead'].includes(event.key);
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function currentHash(): string {
  return pending.shown();
}

export function useHashRoute(): AppRoute {
  return parseHash(useSyncExternalStore(subscribe, currentHash));
}
