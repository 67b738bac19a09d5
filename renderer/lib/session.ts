import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { API, type SessionInfo } from '../../shared/api';
import { callApi } from './api-client';
import { OfflineError } from './api-errors';
import { db, wipeDatabase } from './db';
import { wipeDocuments } from './documents/document-cache';
import { rememberedSession } from './offline-session';
import { sessionKeys } from './query-keys';
import { clearEndedSession, endsSession } from './session-ended';
import { stopCaseSync } from './sync/case-sync';

/**
 * The signed-in user as the case service knows them. Out of its reach, the sign-in kept
 * beside this user's mirror reopens their cases, so a reload on the train loses nothing.
 */
async function fetchSession(): Promise<SessionInfo | null> {
  try {
    return await callApi(API.session);
  } catch (error) {
    if (endsSession(error)) {
      await clearEndedSession(db, error);
      return null;
    }
    if (error instanceof OfflineError) {
      const remembered = await rememberedSession(db);
      if (remembered) return remembered;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKeys.current(), queryFn: fetchSession, staleTime: Infinity });
}

export function setSession(queryClient: QueryClient, session: SessionInfo | null): void {
  queryClient.setQueryData(sessionKeys.current(), session);
}

/**
 * Signs out and leaves nothing of the cases on this workstation: the mirror is deleted and
 * every cached query dropped, even when the server cannot be told.
 */
export async function signOut(queryClient: QueryClient): Promise<void> {
  try {
    await callApi(API.logout);
  } finally {
    await stopCaseSync();
    await Promise.all([wipeDatabase(db), wipeDocuments()]);
    setSession(queryClient, null);
    // The session query stays (its observers must see the sign-out); everything else goes.
    queryClient.removeQueries({
      predicate: (query) => query.queryKey[0] !== sessionKeys.all[0],
    });
  }
}

export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => signOut(queryClient);
}
