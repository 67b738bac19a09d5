import type { Queryable } from '../storage/database';

const WINDOW_MS = 15 * 60_000;
/** Guessing one account's password. */
export const MAX_FAILURES_PER_USERNAME = 5;
/** Spraying many accounts from one client. */
export const MAX_FAILURES_PER_CLIENT = 50;

/**
 * Takes a transaction-scoped lock on this username so that concurrent attempts are counted
 * one after the other: five parallel guesses cannot all see four earlier failures.
 */
export async function serialiseAttempts(tx: Queryable, username: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(1, hashtext($1))', [username]);
}

export async function loginThrottled(
  tx: Queryable,
  username: string,
  client: string,
  now: Date,
): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const [counts] = await tx.query<{ by_username: number; by_client: number }>(
    `SELECT
       (SELECT count(*)::int FROM login_failures WHERE username = $1 AND at > $3) AS by_username,
       (SELECT count(*)::int FROM login_failures WHERE client = $2 AND at > $3) AS by_client`,
    [username, client, since],
  );
  return (
    (counts?.by_username ?? 0) >= MAX_FAILURES_PER_USERNAME ||
    (counts?.by_client ?? 0) >= MAX_FAILURES_PER_CLIENT
  );
}

export async function recordLoginFailure(
  tx: Queryable,
  username: string,
  client: string,
  now: Date,
): Promise<void> {
  await tx.query('INSERT INTO login_failures (username, client, at) VALUES ($1, $2, $3)', [
    username,
    client,
    now,
  ]);
  // Failures older than any window are of no further use; the audit log keeps the record.
  await tx.query('DELETE FROM login_failures WHERE at < $1', [
    new Date(now.getTime() - 2 * WINDOW_MS),
  ]);
}
