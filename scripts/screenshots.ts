/**
 * Regenerates the README's pictures in docs/screenshots/: `npm run screenshots`.
 * Seeds a throwaway case service with the demo team and demo orders as of today, starts it,
 * and photographs the main screens in Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { Secret, TOTP } from 'otpauth';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, request, type Browser, type Page } from '@playwright/test';
import {
  CALL_BACK,
  CaseDriver,
  frankfurtCourtOrder,
  courtReview,
} from '../e2e/browser/case-states';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const READY_CASE = 'DE-AGF-2026-3317';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
    });
  });
}

/** Seeds the demo and returns the generated passwords of the demo team, by username. */
function seed(dataDir: string): Map<string, string> {
  const run = spawnSync(
    process.execPath,
    [TSX, 'server/seed/main.ts', '--cases', '600', '--demo-users'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } },
  );
  if (run.status !== 0) throw new Error(`seeding failed:\n${run.stderr}`);
  const passwords = new Map<string, string>();
  for (const match of run.stdout.matchAll(/^ {2}(\S+)\s+\S+\s+(\S+)$/gm)) {
    passwords.set(match[1]!, match[2]!);
  }
  return passwords;
}

async function startService(dataDir: string, port: number): Promise<ChildProcess> {
  const service = spawn(process.execPath, [TSX, 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PORT: String(port) },
    stdio: 'inherit',
  });
  for (let i = 0; i < 120; i += 1) {
    const up = await fetch(`http://127.0.0.1:${port}/api/setup`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return service;
    await new Promise((r) => setTimeout(r, 500));
  }
  service.kill();
  throw new Error('the case service did not start');
}

async function signedIn(baseURL: string, username: string, password: string) {
  const context = await request.newContext({ baseURL });
  const response = await context.post('/api/session', { data: { username, password } });
  if (!response.ok()) throw new Error(`${username} could not sign in: ${await response.text()}`);
  return context;
}

/** A case ready to sign off: imported, called back by a colleague, reviewed and saved. */
async function prepareReadyCase(baseURL: string, passwords: Map<string, string>) {
  const reviewer = await signedIn(baseURL, 'reviewer1', passwords.get('reviewer1')!);
  const colleague = await signedIn(baseURL, 'reviewer2', passwords.get('reviewer2')!);
  const imported = await reviewer.post('/api/orders', { data: frankfurtCourtOrder(READY_CASE) });
  const driven = new CaseDriver(((await imported.json()) as { caseId: string }).caseId);
  await driven.act(colleague, 'case.recordVerification', {
    verification: { ...CALL_BACK, calledBy: 'Jonas Weber' },
  });
  await driven.act(reviewer, 'case.startReview');
  await driven.act(reviewer, 'case.saveReview', { review: courtReview('disclose') });
  await Promise.all([reviewer.dispose(), colleague.dispose()]);
}

async function page(browser: Browser, baseURL: string, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1360, height: 860 },
    colorScheme,
  });
  return context.newPage();
}

async function signIn(p: Page, username: string, password: string): Promise<void> {
  await p.goto('/');
  await p.getByLabel('Username').fill(username);
  await p.getByLabel('Password', { exact: true }).fill(password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByRole('button', { name: 'Sign out' }).waitFor();
  // A seeded supervisor sets up a second factor on first sign-in, as the service requires.
  const setUp = p.getByRole('button', { name: 'Set up an authenticator app' });
  if (await setUp.isVisible()) {
    await setUp.click();
    const secret = (await p.getByTestId('second-factor-secret').textContent()) ?? '';
    await p
      .getByLabel('Code shown by the app')
      .fill(TOTP.generate({ secret: Secret.fromBase32(secret) }));
    await p.getByRole('button', { name: 'Confirm the code' }).click();
    await p.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await p.getByRole('navigation', { name: 'Main' }).waitFor();
  }
}

async function shoot(p: Page, name: string): Promise<void> {
  // The header's last-sync time and the queue's row animation settle first.
  await p.waitForTimeout(400);
  await p.screenshot({ path: join(OUT, `${name}.png`) });
  console.info(`docs/screenshots/${name}.png`);
}

async function openCase(p: Page, reference: string): Promise<void> {
  await p.getByRole('link', { name: 'Queue', exact: true }).click();
  await p
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: 'All cases' })
    .click();
  await p.getByLabel('Search cases').fill(reference);
  await p.getByRole('link', { name: reference, exact: true }).click();
  await p.getByRole('heading', { level: 1, name: new RegExp(`^Case ${reference}`) }).waitFor();
}

const dataDir = mkdtempSync(join(tmpdir(), 'disclosure-desk-screenshots-'));
let service: ChildProcess | undefined;
let browser: Browser | undefined;
try {
  mkdirSync(OUT, { recursive: true });
  const passwords = seed(dataDir);
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  service = await startService(dataDir, port);
  await prepareReadyCase(baseURL, passwords);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });

  const reviewer = await page(browser, baseURL, 'light');
  await signIn(reviewer, 'reviewer1', passwords.get('reviewer1')!);
  await reviewer.getByRole('grid', { name: 'Cases' }).getByRole('link').first().waitFor();
  await shoot(reviewer, 'queue');
  await reviewer.keyboard.press('?');
  await reviewer.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await shoot(reviewer, 'keyboard-shortcuts');
  await reviewer.keyboard.press('Escape');
  await openCase(reviewer, READY_CASE);
  await shoot(reviewer, 'case-review');
  await reviewer.getByRole('button', { name: 'Sign off', exact: true }).click();
  await reviewer.getByRole('dialog').getByLabel('Your password').waitFor();
  await shoot(reviewer, 'sign-off-password');
  await reviewer.keyboard.press('Escape');

  const supervisor = await page(browser, baseURL, 'light');
  await signIn(supervisor, 'supervisor1', passwords.get('supervisor1')!);
  await supervisor.getByRole('link', { name: 'Approvals', exact: true }).click();
  await supervisor.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
  await supervisor.getByRole('table').getByRole('link').first().waitFor();
  await shoot(supervisor, 'approvals');

  const dark = await page(browser, baseURL, 'dark');
  await signIn(dark, 'reviewer2', passwords.get('reviewer2')!);
  await dark.getByRole('grid', { name: 'Cases' }).getByRole('link').first().waitFor();
  await shoot(dark, 'queue-dark');
} finally {
  await browser?.close();
  service?.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
