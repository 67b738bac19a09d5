/*
 * People look after their own second factor on the account screen: a new set of recovery
 * codes replaces the old one at once; a reviewer may remove the factor, a supervisor may not.
 */
import { expect, test, type Page } from '@playwright/test';
import { forgetSecret, keepSecret, nextCode } from './authenticators';
import { expectAccessible } from './axe';
import { createAccount, deskAdmins, runNames } from './desk-api';
import { actor, signIn, type Account } from './support';

const names = runNames();
const RENEWER = names.account('rrenewer', 'Rosa Renewer');
const REMOVER = names.account('rremover', 'Ravi Remover');
const SUPERVISOR = names.account('ssupervisor', 'Suki Supervisor', 'supervisor');

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async ({ baseURL }) => {
  const admins = await deskAdmins(baseURL ?? '');
  for (const account of [RENEWER, REMOVER, SUPERVISOR]) await createAccount(admins, account);
  await admins.dispose();
});

async function openAccount(page: Page, account: Account): Promise<void> {
  await page.getByRole('link', { name: account.displayName }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
}

/** Sets up the authenticator from the account screen; answers the recovery codes shown. */
async function setUpOnAccountScreen(page: Page, account: Account): Promise<string[]> {
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  keepSecret(
    account.username,
    (await page.getByTestId('second-factor-secret').textContent()) ?? '',
  );
  await page.getByLabel('Code shown by the app').fill(await nextCode(account.username));
  await page.getByRole('button', { name: 'Confirm the code' }).click();
  const codes = await recoveryCodesShown(page);
  await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  return codes;
}

async function recoveryCodesShown(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Recovery codes' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  return list.getByRole('listitem').allTextContents();
}

/** Signs in with the password and a recovery code in place of the app's code. */
async function signInWithRecoveryCode(page: Page, account: Account, code: string) {
  await expect(page.getByRole('heading', { name: 'Sign in to Disclosure Desk' })).toBeVisible();
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Code from your authenticator app').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a reviewer gets new recovery codes, and the old ones stop working at once', async ({
  browser,
}) => {
  const { page, context } = await actor(browser);
  await signIn(page, RENEWER);
  await openAccount(page, RENEWER);
  const old = await setUpOnAccountScreen(page, RENEWER);

  const form = page.getByRole('form', { name: 'New recovery codes' });
  await expect(form.getByText('none of your previous codes works')).toBeVisible();
  await expectAccessible(page, 'the account screen with the second factor');
  await form.getByLabel('Your password').fill(RENEWER.password);
  await form.getByLabel('Code from your authenticator app').fill(old[0] ?? '');
  await form.getByRole('button', { name: 'Get new recovery codes' }).click();
  await expect(form.getByRole('alert')).toContainText('a recovery code cannot replace');
  await form.getByLabel('Code from your authenticator app').fill(await nextCode(RENEWER.username));
  await form.getByRole('button', { name: 'Get new recovery codes' }).click();

  await expect(page.getByText('Your previous codes no longer work.')).toBeVisible();
  const fresh = await recoveryCodesShown(page);
  expect(fresh.filter((code) => old.includes(code))).toEqual([]);
  await expectAccessible(page, 'the new recovery codes');
  await page.getByRole('button', { name: 'I have saved my new recovery codes' }).click();
  await expect(page.getByRole('list', { name: 'Recovery codes' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await signInWithRecoveryCode(page, RENEWER, old[1] ?? '');
  await expect(page.getByText('That code is not correct, or it was already used.')).toBeVisible();
  await page.getByLabel('Code from your authenticator app').fill(fresh[0] ?? '');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await context.close();
});

test('a reviewer removes their own second factor; a supervisor is told why they cannot', async ({
  browser,
}) => {
  const reviewer = await actor(browser);
  const { page } = reviewer;
  await signIn(page, REMOVER);
  await openAccount(page, REMOVER);
  await setUpOnAccountScreen(page, REMOVER);

  const form = page.getByRole('form', { name: 'Remove the second factor' });
  await form.getByLabel('Your password').fill('not my password at all');
  await form.getByLabel('Code from your authenticator app').fill(await nextCode(REMOVER.username));
  await form.getByRole('button', { name: 'Remove second factor' }).click();
  await expect(form.getByRole('alert')).toContainText('That password is not correct.');
  await form.getByLabel('Your password').fill(REMOVER.password);
  await form.getByLabel('Code from your authenticator app').fill(await nextCode(REMOVER.username));
  await form.getByRole('button', { name: 'Remove second factor' }).click();
  await expect(page.getByRole('button', { name: 'Set up an authenticator app' })).toBeVisible();
  forgetSecret(REMOVER.username);

  // The password alone signs in again.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await signIn(page, REMOVER);
  await expect(page.getByLabel('Code from your authenticator app')).toHaveCount(0);
  await reviewer.context.close();

  const supervisor = await actor(browser);
  await signIn(supervisor.page, SUPERVISOR);
  await openAccount(supervisor.page, SUPERVISOR);
  await expect(supervisor.page.getByTestId('second-factor-required-reason')).toContainText(
    'supervisors and administrators must confirm',
  );
  await expect(supervisor.page.getByRole('button', { name: 'Remove second factor' })).toHaveCount(
    0,
  );
  await expect(
    supervisor.page.getByRole('button', { name: 'Get new recovery codes' }),
  ).toBeVisible();
  await expectAccessible(supervisor.page, 'a supervisor’s account screen');
  await supervisor.context.close();
});
