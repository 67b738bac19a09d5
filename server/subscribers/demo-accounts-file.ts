import { readFile } from 'node:fs/promises';
import type { Database } from '../storage/database';
import { insertDemoAccounts, parseDemoAccountsCsv } from './demo-accounts';

/** Reads sample accounts from a CSV file into the demo directory; a bad line stops it whole. */
export async function loadDemoAccountsFile(db: Database, path: string): Promise<number> {
  const parsed = parseDemoAccountsCsv(await readFile(path, 'utf8'));
  if (!parsed.ok) {
    throw new Error(
      `${path} is not a valid sample-accounts file:\n  ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n  ')}`,
    );
  }
  await db.transaction((tx) => insertDemoAccounts(tx, parsed.accounts));
  return parsed.accounts.length;
}
