import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { claimMirror, db } from '../db';
import { wipeDocuments } from '../documents/document-cache';
import { caseKeys } from '../query-keys';
import { startCaseSync, syncCases } from './case-sync';
import type { LocalUser } from './local-effects';

const SYNC_INTERVAL_MS = 5000;

/**
 * Keeps the mirror current and the outbox moving while a case-handling user is signed in:
 * on start, on reconnect, on focus, on an interval (and after each action, see
 * case-mutation.ts). Returns false until the mirror is known to be this user's, so no screen
 * reads another user's cached cases.
 */
export function useCaseSync(user: LocalUser, enabled: boolean): boolean {
  const queryClient = useQueryClient();
  const [claimedFor, setClaimedFor] = useState<string | null>(null);
  const { id, displayName, role } = user;

  useEffect(() => {
    if (!enabled) return;
    let active = true;
    startCaseSync({ id, displayName, role });
    const sync = () => void syncCases(queryClient);
    void claimMirror(db, id).then(async (cleared) => {
      if (cleared) {
        // Another person's orders are not this one's to read offline either.
        await wipeDocuments().catch((error: unknown) => {
          console.error('Could not remove the documents kept for another user:', error);
        });
        await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      }
      if (!active) return;
      setClaimedFor(id);
      sync();
    });
    const timer = window.setInterval(sync, SYNC_INTERVAL_MS);
    window.addEventListener('online', sync);
    window.addEventListener('focus', sync);
    return () => {
      active = false;
      window.clearInterval(timer);
      window.removeEventListener('online', sync);
      window.removeEventListener('focus', sync);
    };
  }, [enabled, queryClient, id, displayName, role]);

  return !enabled || claimedFor === id;
}
