/*
 * The desktop app end to end: Electron main serving the renderer from app://desk/, the
 * embedded case service behind /api, and the security rules of the window.
 *
 * Runs wherever the Electron binary is installed (a developer laptop after `npm ci` with
 * network access, or `npx install-electron`); elsewhere every test reports itself skipped
 * with the reason. It builds the main and preload bundles itself; the renderer must have
 * been built (`npm run build:renderer`, which `npm run test:e2e` does). Each test gets a
 * fresh user-data folder through DISCLOSURE_DESK_USER_DATA, so it starts at the
 * first-administrator screen with an empty embedded database.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import type { DeskApi } from '../../shared/ipc';
import { installedElectronBinary, NO_BINARY_REASON } from './electron-binary';

const ROOT = resolve(import.meta.dirname, '..', '..');
const binary = installedElectronBinary();

test.skip(binary === null, NO_BINARY_REASON);
// The list reporter shows a skip without its reason; CI logs must say why.
if (binary === null) console.info(`Electron project skipped: ${NO_BINARY_REASON}`);

let app: ElectronApplication;
let userData: string;

test.beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` first');
  }
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-electron.ts'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
});

test.beforeEach(async () => {
  userData = mkdtempSync(join(tmpdir(), 'disclosure-desk-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  env.DISCLOSURE_DESK_USER_DATA = userData;
  // Embedded mode, whatever the developer's own setting.
  env.DISCLOSURE_DESK_SERVER_URL = '';
  app = await electron.launch({
    executablePath: binary!,
    // Chromium refuses to run as root with its sandbox; only containers run tests as root.
    args: process.getuid?.() === 0 ? ['--no-sandbox', '.'] : ['.'],
    cwd: ROOT,
    env,
  });
});

test.afterEach(async () => {
  await app?.close();
  rmSync(userData, { recursive: true, force: true });
});

async function createFirstAdmin(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  await page.getByLabel('Full name').fill('Ada Admin');
  await page.getByLabel('Username').fill('ada');
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery staple');
  await page.getByLabel('Confirm password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
}

test('first run: create the administrator, then a reviewer signs in and sees the queue', async () => {
  const page = await app.firstWindow();
  expect(page.url()).toMatch(/^app:\/\/desk\//);
  await createFirstAdmin(page);

  // Through the renderer's own fetch, so the call rides on main's cookie jar.
  const code = await page.evaluate(async () => {
    const response = await fetch('/api/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'rita', displayName: 'Rita Reviewer', role: 'reviewer' }),
    });
    const body = (await response.json()) as { enrolment?: { code: string } };
    return body.enrolment?.code ?? '';
  });
  expect(code).not.toBe('');

  // The reviewer sets her own password with the enrolment code, on the same workstation.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Disclosure Desk' })).toBeVisible();
  await page.getByRole('link', { name: 'Set your password with a code' }).click();
  await page.getByLabel('Enrolment code').fill(code);
  await page.getByLabel('Password', { exact: true }).fill('another long passphrase');
  await page.getByLabel('Confirm password').fill('another long passphrase');
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Queue' })).toBeVisible();
});

test('the renderer is sandboxed, and cannot open windows or leave the app', async () => {
  const page = await app.firstWindow();
  await createFirstAdmin(page);

  const surface = await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>;
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      deskKeys: Object.keys(scope.desk as object).sort(),
      cookie: document.cookie,
    };
  });
  expect(surface).toEqual({
    require: 'undefined',
    process: 'undefined',
    deskKeys: ['appInfo', 'openOrderFile'],
    // The session cookie lives in main; the page never sees it.
    cookie: '',
  });

  const info = await page.evaluate(() =>
    (globalThis as unknown as { desk: DeskApi }).desk.appInfo(),
  );
  expect(info).toMatchObject({ ok: true, value: { mode: 'embedded', serverOrigin: null } });

  const csp = await page.evaluate(async () =>
    (await fetch('/')).headers.get('content-security-policy'),
  );
  expect(csp).toContain("default-src 'self'");

  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);

  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  // A refused navigation leaves no event to wait for: give it time to have happened.
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/desk\//);
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
});
