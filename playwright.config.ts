import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { FIRST_SYNC_CASES } from './e2e/first-sync/seeded-desk';

/** A port the system just handed out, so parallel runs on one machine do not collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A data folder for this run, unless one is named in the environment. The process that made it
 * (the runner, which outlives the case services it starts) removes it on exit; workers inherit
 * the name and leave it alone.
 */
function runDataFolder(variable: string, prefix: string): string {
  const named = process.env[variable];
  if (named) return named;
  const folder = mkdtempSync(join(tmpdir(), prefix));
  process.env[variable] = folder;
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

// Workers inherit the runner's environment, so the ports and data folders are chosen once per run.
process.env.E2E_PORT ??= String(await freePort());
const dataDir = runDataFolder('E2E_DATA_DIR', 'disclosure-desk-e2e-');
process.env.E2E_FIRST_SYNC_PORT ??= String(await freePort());
const firstSyncDataDir = runDataFolder('E2E_FIRST_SYNC_DATA_DIR', 'disclosure-desk-e2e-volume-');
// The audit signing key and checkpoints live outside the data folders, as in production.
const auditDir = runDataFolder('E2E_AUDIT_DIR', 'disclosure-desk-e2e-audit-');
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const firstSyncPort = Number(process.env.E2E_FIRST_SYNC_PORT);

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'e2e/browser',
      use: chromium,
    },
    {
      name: 'chromium-first-sync',
      testDir: 'e2e/first-sync',
      use: { ...chromium, baseURL: `http://127.0.0.1:${firstSyncPort}` },
    },
    {
      name: 'electron',
      testDir: 'e2e/electron',
      // A cold start builds the bundles and creates the embedded database.
      timeout: 120_000,
    },
    {
      name: 'packaging',
      testDir: 'e2e/packaging',
      // Builds the renderer, the Electron bundles and the unpacked app.
      timeout: 600_000,
    },
  ],
  webServer: [
    {
      command: 'npx tsx server/main.ts',
      url: `${baseURL}/api/setup`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        AUDIT_KEY_DIR: join(auditDir, 'desk', 'signing-key'),
        AUDIT_CHECKPOINT_DIR: join(auditDir, 'desk', 'checkpoints'),
        SECOND_FACTOR_KEY_DIR: join(auditDir, 'desk', 'second-factor-key'),
        // Sample accounts for the demo subscriber directory the disclosure spec looks up.
        DEMO_SUBSCRIBERS_CSV: 'e2e/fixtures/demo-subscribers.csv',
      },
      stdout: 'pipe',
    },
    // A desk that already holds thousands of cases, for the first-sync spec alone.
    {
      command: `npx tsx server/seed/main.ts --cases ${FIRST_SYNC_CASES} --data-dir "$DATA_DIR" && npx tsx server/main.ts`,
      url: `http://127.0.0.1:${firstSyncPort}/api/setup`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(firstSyncPort),
        HOST: '127.0.0.1',
        DATA_DIR: firstSyncDataDir,
        AUDIT_KEY_DIR: join(auditDir, 'first-sync', 'signing-key'),
        AUDIT_CHECKPOINT_DIR: join(auditDir, 'first-sync', 'checkpoints'),
        SECOND_FACTOR_KEY_DIR: join(auditDir, 'first-sync', 'second-factor-key'),
      },
    },
  ],
});
