import { useSyncExternalStore } from 'react';

/**
 * Whether the case service is reachable: the browser's own flag is optimistic (a LAN without
 * the server still says online), so failed and successful requests correct it.
 */
interface ConnectionState {
  browserOnline: boolean;
  serviceReachable: boolean;
}

let state: ConnectionState = {
  browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  serviceReachable: true,
};
const listeners = new Set<() => void>();

function update(next: Partial<ConnectionState>): void {
  const merged = { ...state, ...next };
  if (
    merged.browserOnline === state.browserOnline &&
    merged.serviceReachable === state.serviceReachable
  ) {
    return;
  }
  state = merged;
  for (const listener of listeners) listener();
}

export function reportReachability(reachable: boolean): void {
  update({ serviceReachable: reachable });
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => update({ browserOnline: true }));
  window.addEventListener('offline', () => update({ browserOnline: false }));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isOnline(): boolean {
  return state.browserOnline && state.serviceReachable;
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline);
}
