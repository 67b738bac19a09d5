import { isIP } from 'node:net';
import type { FieldIssue } from '../../shared/errors';
import type { Queryable } from '../storage/database';

/** One sample account and the IP addresses it was seen from. */
export interface DemoAccount {
  accountId: string;
  userId: string | null;
  /** Lower case, with its @. */
  username: string | null;
  phoneNumber: string | null;
  ips: { address: string; seenAt: string }[];
}

export const DEMO_ACCOUNTS_CSV_HEADER =
  'account_id,user_id,username,phone_number,ip_address,seen_at';

/**
 * Reads sample accounts from CSV with the header above: one line per IP sighting, the
 * account's columns repeated (or left empty after its first line); a line without an IP
 * address lists the account alone. Every bad line is named; nothing is half-read.
 */
export function parseDemoAccountsCsv(
  text: string,
): { ok: true; accounts: DemoAccount[] } | { ok: false; issues: FieldIssue[] } {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const issues: FieldIssue[] = [];
  if (lines[0]?.trim() !== DEMO_ACCOUNTS_CSV_HEADER) {
    return {
      ok: false,
      issues: [{ path: 'line 1', message: `expected ${DEMO_ACCOUNTS_CSV_HEADER}` }],
    };
  }
  const accounts = new Map<string, DemoAccount>();
  lines.slice(1).forEach((line, index) => {
    const path = `line ${index + 2}`;
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== 6) {
      issues.push({ path, message: 'expected 6 comma-separated columns' });
      return;
    }
    const [accountId = '', userId, username, phone, address, seenAt] = cells;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(accountId)) {
      issues.push({ path, message: 'account_id must be 1 to 64 letters, digits, - or _' });
      return;
    }
    if (userId && !/^[1-9][0-9]{0,19}$/.test(userId)) {
      issues.push({ path, message: 'user_id must be a numeric id' });
    }
    if (username && !/^@[A-Za-z][A-Za-z0-9_]{3,31}$/.test(username)) {
      issues.push({ path, message: 'username must be an @username' });
    }
    if (phone && !/^\+[1-9][0-9]{6,14}$/.test(phone)) {
      issues.push({ path, message: 'phone_number must be in E.164 form such as +33612345678' });
    }
    if (address && isIP(address) === 0) {
      issues.push({ path, message: `${address} is not an IP address` });
    }
    if (Boolean(address) !== Boolean(seenAt) || (seenAt && Number.isNaN(Date.parse(seenAt)))) {
      issues.push({ path, message: 'an IP address needs its seen_at date-time, and only then' });
    }
    const account = accounts.get(accountId) ?? {
      accountId,
      userId: null,
      username: null,
      phoneNumber: null,
      ips: [],
    };
    account.userId ??= userId || null;
    account.username ??= username ? username.toLowerCase() : null;
    account.phoneNumber ??= phone || null;
    if (address && seenAt) account.ips.push({ address, seenAt: new Date(seenAt).toISOString() });
    accounts.set(accountId, account);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, accounts: [...accounts.values()] };
}

/** Adds sample accounts to the demo directory; an account already there is left as it is. */
export async function insertDemoAccounts(
  tx: Queryable,
  accounts: readonly DemoAccount[],
): Promise<void> {
  if (accounts.length === 0) return;
  await tx.query(
    `INSERT INTO demo_subscriber_accounts (account_id, user_id, username, phone_number)
     SELECT account_id, user_id, username, phone_number
       FROM jsonb_to_recordset($1::jsonb)
         AS r(account_id text, user_id text, username text, phone_number text)
     ON CONFLICT DO NOTHING`,
    [
      JSON.stringify(
        accounts.map((a) => ({
          account_id: a.accountId,
          user_id: a.userId,
          username: a.username,
          phone_number: a.phoneNumber,
        })),
      ),
    ],
  );
  const ips = accounts.flatMap((a) =>
    a.ips.map((ip) => ({ account_id: a.accountId, address: ip.address, seen_at: ip.seenAt })),
  );
  if (ips.length === 0) return;
  await tx.query(
    `INSERT INTO demo_subscriber_ips (account_id, address, seen_at)
     SELECT account_id, address, seen_at
       FROM jsonb_to_recordset($1::jsonb) AS r(account_id text, address text, seen_at timestamptz)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(ips)],
  );
}
