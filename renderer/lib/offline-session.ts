import { SessionInfo } from '../../shared/api';
import type { DeskDatabase } from './db';

/**
 * The owner's sign-in, kept beside their mirror so that a reload on the train reopens their
 * cases. It grants nothing at the case service: every queued action still goes out with the
 * session cookie, and a sign-off or approval asks for the password again. Sign-out deletes it
 * with the rest of the mirror.
 */
export function rememberSession(database: DeskDatabase, session: SessionInfo): Promise<void> {
  return database.transaction('rw', database.meta, async () => {
    // Only beside the signed-in user's own mirror: another user's cases are never reopened.
    if ((await database.meta.get('ownerId'))?.value !== session.user.id) return;
    await database.meta.put({ key: 'session', value: JSON.stringify(session) });
  });
}

/**
 * The sign-in to reopen without the network, or null: none kept, unreadable, not the mirror's
 * owner, or past the session's absolute end (the case service would refuse it too).
 */
export async function rememberedSession(
  database: DeskDatabase,
  now: Date = new Date(),
): Promise<SessionInfo | null> {
  const [stored, owner] = await database.transaction('r', database.meta, () =>
    Promise.all([database.meta.get('session'), database.meta.get('ownerId')]),
  );
  if (!stored || !owner) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored.value);
  } catch {
    return null;
  }
  const session = SessionInfo.safeParse(parsed);
  if (!session.success || session.data.user.id !== owner.value) return null;
  const expiresAt = Date.parse(session.data.expiresAt);
  if (!Number.isFinite(expiresAt) || expiresAt <= now.getTime()) return null;
  return session.data;
}

/** The case service no longer knows this sign-in: an offline reload must not reopen it. */
export async function forgetSession(database: DeskDatabase): Promise<void> {
  await database.meta.delete('session');
}

/** As `forgetSession`, for paths that must go on to the sign-in screen whatever happens. */
export async function forgetSessionQuietly(database: DeskDatabase): Promise<void> {
  try {
    await forgetSession(database);
  } catch (error) {
    // The case service refuses the ended session anyway; the worst left is an offline reopen.
    console.warn('Could not forget the ended sign-in on this workstation:', error);
  }
}
