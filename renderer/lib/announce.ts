import { useSyncExternalStore } from 'react';

/**
 * One polite live region for the whole app: what changed out of sight (a sync refused an
 * action, a decision waits for a password) is read out without moving the user's focus.
 */
let message = '';
const listeners = new Set<() => void>();

export function announce(text: string): void {
  // The same words twice in a row are only read again if the region changes in between.
  message = message === text ? `${text}\u00a0` : text;
  for (const listener of listeners) listener();
}

export function useAnnouncement(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => message,
  );
}
