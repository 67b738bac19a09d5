import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { syncCases } from './case-sync';

const PULL_INTERVAL_MS = 5000;

/** Keeps the mirror current while a case-handling user is signed in. */
export function useCaseSync(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const pull = () => void syncCases(queryClient);
    pull();
    const timer = window.setInterval(pull, PULL_INTERVAL_MS);
    window.addEventListener('online', pull);
    window.addEventListener('focus', pull);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', pull);
      window.removeEventListener('focus', pull);
    };
  }, [enabled, queryClient]);
}
