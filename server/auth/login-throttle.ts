import type { Queryable } from '../storage/database';

/** Failures older than this no longer slow anyone down. */
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** Mistakes one person makes typing their own password, before any delay. */
export const FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS = 3;
/** Failures from one address over all accounts (a shared proxy, a sprayer), before any delay. */
export const FREE_FAILURES_PER_ADDRESS = 20;
/** The longest one account can be slowed down from one address. */
export const MAX_ACCOUNT_DELAY_MS = 5 * 60_000;
/** Everyone behind one proxy shares its address: they are never held up for minutes. */
export const MAX_ADDRESS_DELAY_MS = 60_000;

/** One second after the free failures, doubling with each further one, up to `max`. */
export function delayAfterFailures(failures: number, free: number, max: number): number {
  if (failures < free) return 0;
  return Math.min(1000 * 2 ** (failures - free), max);
}

/**
 * Takes a transaction-scoped lock on this username so that concurrent attempts are counted
 * one after the other: five parallel guesses cannot all see four earlier failures.
 */
export async function serialiseAttempts(tx: Queryable, username: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(1, hashtext($1))', [username]);
}

/**
 * How long an attempt for `username` from `client` must still wait, in milliseconds; 0 when
 * it may go ahead. Failures slow down the address they come from, for that account and over
 * all accounts, never the account everywhere: someone guessing from one address cannot keep
 * the account's holder out from another.
 */
export async function signInDelay(
  tx: Queryable,
  username: string,
  client: string,
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const [row] = await tx.query<{
    pair_failures: number;
    pair_last: Date | null;
    client_failures: number;
    client_last: Date | null;
  }>(
    `SELECT count(*) FILTER (WHERE username = $1)::int AS pair_failures,
            max(at) FILTER (WHERE username = $1) AS pair_last,
            count(*)::int AS client_failures,
            max(at) AS client_last
       FROM login_failures WHERE client = $2 AND at > $3`,
    [username, client, since],
  );
  if (!row) return 0;
  const waitUntil = Math.max(
    row.pair_last
      ? row.pair_last.getTime() +
          delayAfterFailures(
            row.pair_failures,
            FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS,
            MAX_ACCOUNT_DELAY_MS,
          )
      : 0,
    row.client_last
      ? row.client_last.getTime() +
          delayAfterFailures(row.client_failures, FREE_FAILURES_PER_ADDRESS, MAX_ADDRESS_DELAY_MS)
      : 0,
  );
  return Math.max(0, waitUntil - now.getTime());
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
    new Date(now.getTime() - 2 * FAILURE_WINDOW_MS),
  ]);
}

export interface ThrottledSignIn {
  username: string;
  client: string;
  failures: number;
  lastFailureAt: string;
}

/** The (username, address) pairs with failures that still count, for administrators. */
export async function listThrottledSignIns(tx: Queryable, now: Date): Promise<ThrottledSignIn[]> {
  const rows = await tx.query<{ username: string; client: string; failures: number; last: Date }>(
    `SELECT username, client, count(*)::int AS failures, max(at) AS last
       FROM login_failures WHERE at > $1
      GROUP BY username, client ORDER BY max(at) DESC LIMIT 200`,
    [new Date(now.getTime() - FAILURE_WINDOW_MS)],
  );
  return rows.map((r) => ({
    username: r.username,
    client: r.client,
    failures: r.failures,
    lastFailureAt: r.last.toISOString(),
  }));
}

/** Forgets the failures of a username, of an address, or of the pair; returns how many. */
export async function clearLoginFailures(
  tx: Queryable,
  which: { username?: string | undefined; client?: string | undefined },
): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `DELETE FROM login_failures
      WHERE ($1::text IS NULL OR username = $1) AND ($2::text IS NULL OR client = $2)
      RETURNING id`,
    [which.username ?? null, which.client ?? null],
  );
  return rows.length;
}
