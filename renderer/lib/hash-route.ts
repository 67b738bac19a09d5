import { useSyncExternalStore } from 'react';

/** Screens addressable by URL hash, so a reload keeps the screen: `#/cases/<id>`. */
export type AppRoute =
  | { screen: 'home' }
  | { screen: 'queue' }
  | { screen: 'case'; caseId: string }
  | { screen: 'intake' }
  | { screen: 'approvals' }
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
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  switch (first) {
    case 'queue':
      return { screen: 'queue' };
    case 'cases':
      return second ? { screen: 'case', caseId: second } : { screen: 'queue' };
    case 'intake':
      return { screen: 'intake' };
    case 'approvals':
      return second ? { screen: 'approval', caseId: second } : { screen: 'approvals' };
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
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: AppRoute): void {
  window.location.hash = hrefFor(route);
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function currentHash(): string {
  return window.location.hash;
}

export function useHashRoute(): AppRoute {
  return parseHash(useSyncExternalStore(subscribe, currentHash));
}
