import { expect, test } from '@playwright/test';
import {
  changeRole,
  createAccount,
  deskAdmins,
  importOrder,
  parisFraudOrder,
  runNames,
  signedInApi,
  type DeskAdmins,
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

let admins: DeskAdmins;
const ids: Record<string, string> = {};
let workstation: Actor;

test.beforeAll(async ({ baseURL }) => {
  if (!baseURL) throw new Error('the Playwright config names no baseURL');
  admins = await deskAdmins(baseURL);
  ids.moved = await createAccount(admins, MOVED);
  ids.leaver = await createAccount(admins, LEAVER);
  const context = await signedInApi(baseURL, MOVED);
  await importOrder(context, parisFraudOrder(CASE));
  await context.dispose();
});

test.afterAll(async () => {
  await admins?.dispose();
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

  // An administrator's role takes a second administrator's confirmation.
  await changeRole(admins, `${ids.moved}`, 'admin');

  // Administrators manage accounts and never see cases: the next sync is refused, the app
  // reads the role again and drops the mirror. An administrator signs in with a second
  // factor, so the new role asks for one before anything else.
  await expect(page.getByRole('heading', { name: 'Set up your second factor' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText('As administrator')).toBeVisible();
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

  const deactivated = await admins.first.patch(`/api/users/${ids.leaver}`, {
    data: { active: false },
  });
  expect(deactivated.status(), await deactivated.text()).toBe(200);
  await context.setOffline(false);

  await expect(page.getByRole('heading', { name: 'Sign in to Disclosure Desk' })).toBeVisible({
    timeout: 15_000,
  });
  await expect.poll(() => cachedCaseCount(page)).toBe(0);
  // Nothing waits to be sent: the queued action went with the account.
  await expect(page.getByRole('note')).toHaveCount(0);
});
