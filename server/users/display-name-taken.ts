import { normaliseForComparison } from '../../shared/visible-text';
import { ServiceError } from '../service-error';
import type { Queryable } from '../storage/database';

/** Names a reader would take for the same person: what the order key compares, in any case. */
function displayNameKey(name: string): string {
  return normaliseForComparison(name).toLowerCase();
}

/**
 * Refuses a display name that another account, active or closed, already bears: two people
 * under one name make every record that names them ambiguous. Callers hold the write order,
 * so no other account can take the name between this check and their write.
 */
export async function refuseTakenDisplayName(
  tx: Queryable,
  displayName: string,
  /** The account being renamed, which may keep its own name in another case or spacing. */
  ownerId: string | null,
): Promise<void> {
  const key = displayNameKey(displayName);
  // Compared here rather than in SQL: the database's lower() depends on its locale.
  const accounts = await tx.query<{ id: string; username: string; display_name: string }>(
    'SELECT id, username, display_name FROM users',
  );
  const holder = accounts.find((a) => a.id !== ownerId && displayNameKey(a.display_name) === key);
  if (!holder) return;
  throw new ServiceError(
    'duplicate',
    `The account ${holder.username} is already called ${holder.display_name}: choose a name that tells them apart.`,
    [{ path: 'displayName', message: 'another account already has this name' }],
  );
}
