import { resolve } from 'node:path';
import { auditFoldersOf, parseServerConfig } from '../config';
import { openDatabase } from '../storage/open-database';
import { describeVerification, verifyAuditTrail } from './verify-audit-trail';

/**
 * `npm run audit:verify`: checks the audit trail of the database the service is configured
 * for (the same environment variables) against the signed checkpoints. Exit code 0 when it
 * verifies, 1 when it does not (naming the first bad event), 2 when it could not be checked.
 */
async function main(): Promise<number> {
  const parsed = parseServerConfig(process.env);
  if (!parsed.ok) {
    console.error(`Cannot verify; fix these settings:\n  ${parsed.problems.join('\n  ')}`);
    return 2;
  }
  const config = parsed.config;
  const db = await openDatabase(
    config.DATABASE_URL
      ? { databaseUrl: config.DATABASE_URL }
      : { dataDir: resolve(config.DATA_DIR) },
  );
  try {
    const result = await verifyAuditTrail(db, auditFoldersOf(config), new Date());
    if (result.ok) console.info(describeVerification(result));
    else console.error(describeVerification(result));
    return result.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      'The audit trail could not be checked:',
      error instanceof Error ? error.message : error,
    );
    process.exit(2);
  },
);
