import type { DirectoryAnswer } from '../../shared/disclosure/subscriber-data';
import type { Queryable } from '../storage/database';
import type { DirectoryRequest, SubscriberDirectory } from './subscriber-directory';

const COLUMN_BY_KIND: Record<string, string> = {
  user_id: 'user_id',
  username: 'username',
  phone: 'phone_number',
};

/** The directory over the sample accounts of the demo_subscriber_accounts table. */
export function demoDirectory(db: Queryable): SubscriberDirectory {
  return {
    name: 'demo',
    lookUp: (requests) => lookUpDemoAccounts(db, requests),
  };
}

async function lookUpDemoAccounts(
  db: Queryable,
  requests: readonly DirectoryRequest[],
): Promise<DirectoryAnswer[]> {
  const answers: DirectoryAnswer[] = [];
  for (const request of requests) {
    const separator = request.target.indexOf(':');
    const column = COLUMN_BY_KIND[request.target.slice(0, separator)];
    const value = request.target.slice(separator + 1);
    const [account] = column
      ? await db.query<{ account_id: string; phone_number: string | null }>(
          `SELECT account_id, phone_number FROM demo_subscriber_accounts WHERE ${column} = $1`,
          [value],
        )
      : [];
    if (!account) {
      answers.push({
        target: request.target,
        result: 'no_such_account',
        accountId: null,
        phoneNumber: null,
        ipAddresses: [],
      });
      continue;
    }
    const window = request.ipWindow;
    const ips = window
      ? await db.query<{ address: string; seen_at: Date }>(
          `SELECT address, seen_at FROM demo_subscriber_ips
            WHERE account_id = $1 AND seen_at BETWEEN $2 AND $3 ORDER BY seen_at, address`,
          [account.account_id, window.from, window.to],
        )
      : [];
    const phoneNumber = request.categories.includes('phone_number') ? account.phone_number : null;
    const ipAddresses = request.categories.includes('ip_addresses')
      ? ips.map((ip) => ({ address: ip.address, seenAt: ip.seen_at.toISOString() }))
      : [];
    answers.push({
      target: request.target,
      result: phoneNumber !== null || ipAddresses.length > 0 ? 'found' : 'no_data_in_window',
      accountId: account.account_id,
      phoneNumber,
      ipAddresses,
    });
  }
  return answers;
}
