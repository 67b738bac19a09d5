import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCaseService } from '../case-service-runtime';
import { rewriteHistory } from '../testing/audit-tampering';
import { TEST_PASSWORD } from '../testing/test-app';
import { TestClient } from '../testing/test-client';
import { createServiceStorage, type ServiceStorage } from '../testing/test-database';

const REPOSITORY = resolve(import.meta.dirname, '../..');

let storage: ServiceStorage;
let auditDir: string;
beforeEach(async () => {
  storage = await createServiceStorage();
  auditDir = await mkdtemp(join(tmpdir(), 'disclosure-desk-audit-'));
});
afterEach(async () => {
  await storage.remove();
  await rm(auditDir, { recursive: true, force: true });
});

/** `npm run audit:verify` as an operator runs it, with the service's own settings. */
function verifyCommand(): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/audit/verify-main.ts'], {
    cwd: REPOSITORY,
    encoding: 'utf8',
    env: {
      ...process.env,
      DATABASE_URL: storage.location.databaseUrl ?? '',
      DATA_DIR: storage.location.dataDir ?? '',
      AUDIT_KEY_DIR: join(auditDir, 'signing-key'),
      AUDIT_CHECKPOINT_DIR: join(auditDir, 'checkpoints'),
    },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('npm run audit:verify', () => {
  it('exits 0 with a summary when intact, 1 naming the first bad event when not', async () => {
    const service = await openCaseService({
      ...storage.location,
      audit: {
        keyDir: join(auditDir, 'signing-key'),
        checkpointDir: join(auditDir, 'checkpoints'),
        intervalMs: 0,
      },
    });
    const admin = new TestClient(service.app);
    const created = await admin.post('/api/setup/first-admin', {
      username: 'admin',
      displayName: 'Ada Admin',
      password: TEST_PASSWORD,
    });
    expect(created.status).toBe(200);
    // Stopping signs the last events.
    await service.close();

    const intact = verifyCommand();
    expect(intact.output).toMatch(/The audit trail verifies: 2 event\(s\) up to 2/);
    expect(intact.output).toMatch(/latest, of .*, covers events up to 2; 0 event\(s\) since/);
    expect(intact.status).toBe(0);

    const db = await storage.open();
    try {
      await rewriteHistory(db, `UPDATE audit_events SET actor = 'someone-else' WHERE id = 1`);
    } finally {
      await db.close();
    }
    const rewritten = verifyCommand();
    expect(rewritten.output).toMatch(/does NOT verify\. First bad event: 1\./);
    expect(rewritten.status).toBe(1);
    // Three processes open the database in turn: slow on a busy machine, not stuck.
  }, 180_000);
});
