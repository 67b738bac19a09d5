import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  adminApi,
  createAccount,
  importOrder,
  parisFraudOrder,
  runNames,
  signedInApi,
} from './desk-api';
import { actor, cachedCaseCount, caseStatus, openFromQueue, signIn, type Actor } from './support';

/**
 * Named to run after the lifecycle spec (files run in name order), which must find the desk
 * fresh.
 *
 * When an administrator takes cases away from someone, their workstation does not keep a
 * copy: a role that may not see cases holds none, and a deactivated account leaves nothing
 * behind, not even queued actions that no one may send any more.
 */
const names = runNames();
const MOVED = names.account('moved', 'Morgan Moved');
const LEAVER = names.account('leaver', 'Lee Leaver');
const CASE = names.reference('REVOKE');

test.describe.configure({ mode: 'serial' });

let admin: APIRequestContext;
const ids: Record<string, string> = {};
let workstation: Actor;

test.beforeAll(async ({ baseURL }) => {
  if (!baseURL) throw new Error('the Playwright config names no baseURL');
  admin = await adminApi(baseURL);
  ids.moved = await createAccount(admin, MOVED);
  ids.leaver = await createAccount(admin, LEAVER);
  const context = await signedInApi(baseURL, MOVED);
  await importOrder(context, parisFraudOrder(CASE));
  await context.dispose();
});

test.afterAll(async () => {
  await admin?.dispose();
});

test.beforeEach(async ({ browser }) => {
  workstation = await actor(browser);
});

test.afterEach(async () => {
  await workstation?.context.close();
});

test('a reviewer who becomes an administrator keeps no cases on the workstation', async () => {
  const { page } = workstation;
  await signIn(page, MOVED);
  await openFromQueue(page, CASE);
  await expect.poll(() => cachedCaseCount(page)).toBeGreaterThan(0);

  const moved = await admin.patch(`/api/users/${ids.moved}`, { data: { role: 'admin' } });
  expect(moved.status(), await moved.text()).toBe(200);

  // Administrators manage accounts and never see cases: the next sync is refused, the app
  // reads the role again and drops the mirror.
  await expect(page.getByText('· Administrator')).toBeVisible({ timeout: 15_000 });
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queue' }),
  ).toHaveCount(0);
  await expect.poll(() => cachedCaseCount(page)).toBe(0);
});

test('a deactivated reviewer’s workstation removes the cases and the queued actions', async () => {
  const { page, context } = workstation;
  await signIn(page, LEAVER);
  await openFromQueue(page, CASE);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(caseStatus(page)).toContainText('In review');
  await expect(page.getByRole('status', { name: 'Pending actions' })).toHaveText('1 pending');

  const deactivated = await admin.patch(`/api/users/${ids.leaver}`, { data: { active: false } });
  expect(deactivated.status(), await deactivated.text()).toBe(200);
  await context.setOffline(false);

  await expect(page.getByRole('heading', { name: 'Sign in to Disclosure Desk' })).toBeVisible({
    timeout: 15_000,
  });
  await expect.poll(() => cachedCaseCount(page)).toBe(0);
  // Nothing waits to be sent: the queued action went with the account.
  await expect(page.getByRole('note')).toHaveCount(0);
});
