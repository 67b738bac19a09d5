import { isApiError } from './api-errors';
import { wipeDatabase, type DeskDatabase } from './db';
import { documentDb, wipeDocuments, type DocumentDatabase } from './documents/document-cache';
import { forgetSessionQuietly } from './offline-session';

/** The case service says this sign-in is over, whatever the reason. */
export function endsSession(error: unknown): boolean {
  return isApiError(error, 'unauthenticated') || isApiError(error, 'account_deactivated');
}

/**
 * Clears what an ended sign-in leaves. After an idle or absolute timeout the mirror and the
 * outbox wait for the same person to sign in again. A deactivated account keeps nothing on
 * the workstation, its queued actions included: no one may send them any more.
 */
export async function clearEndedSession(
  database: DeskDatabase,
  error: unknown,
  documents: DocumentDatabase = documentDb,
): Promise<void> {
  if (!isApiError(error, 'account_deactivated')) {
    await forgetSessionQuietly(database);
    return;
  }
  try {
    await Promise.all([wipeDatabase(database), wipeDocuments(documents)]);
  } catch (wipeError) {
    console.error('Could not remove the case cache of a deactivated account:', wipeError);
  }
}
