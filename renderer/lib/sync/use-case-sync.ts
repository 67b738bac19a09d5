import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { claimMirror, db } from '../db';
import { caseKeys } from '../query-keys';
import { startCaseSync, syncCases } from './case-sync';

const PULL_INTERVAL_MS = 5000;

/**
 * Keeps the mirror current while a case-handling user is signed in. Returns false until the
 * mirror is known to be this user's, so no screen reads another user's cached cases.
 */
export function useCaseSync(userId: string, enabled: boolean): boolean {
  const queryClient = useQueryClient();
  const [claimedFor, setClaimedFor] = useState<string | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let active = true;
    startCaseSync();
    const pull = () => void syncCases(queryClient);
    void claimMirror(db, userId).then(async (cleared) => {
      if (cleared) await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      if (!active) return;
      setClaimedFor(userId);
      pull();
    });
    const timer = window.setInterval(pull, PULL_INTERVAL_MS);
    window.addEventListener('online', pull);
    window.addEventListener('focus', pull);
    return () => {
      active = false;
      window.clearInterval(timer);
      window.removeEventListener('online', pull);
      window.removeEventListener('focus', pull);
    };
  }, [enabled, queryClient, userId]);

  return !enabled || claimedFor === userId;
}
