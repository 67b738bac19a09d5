/*
 * The second factor as people meet it: an administrator sets up an authenticator app from
 * the QR screen and signs in with its code; a supervisor gives the code again to approve.
 */
import { expect, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expectAccessible } from './axe';
import {
  CALL_BACK,
  CaseDriver,
  courtReview,
  frankfurtCourtOrder,
  reauthenticate,
} from './case-states';
import {
  confirmPendingRole,
  createAccount,
  deskAdmins,
  importOrder,
  runNames,
  signedInApi,
} from './desk-api';
import { actor, confirmWithPassword, go, signIn } from './support';

const names = runNames();
const NEW_ADMIN = names.account('tadmin', 'Tess Admin', 'admin');
const REVIEWER = names.account('treviewer', 'Tom Reviewer');
const SUPERVISOR = names.account('tsupervisor', 'Tara Supervisor', 'supervisor');
const CALLER = names.account('tcaller', 'Cal Caller', 'supervisor');
const REFERENCE = names.reference('TOTP-APPROVAL');

/** The code an authenticator app shows `stepsAhead` periods from now. */
const codeOf = (secret: string, stepsAhead = 0) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + stepsAhead * 30_000 });

// Each test runs axe several times, in both themes.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('an administrator sets up the authenticator from the QR code and signs in with it', async ({
  browser,
  baseURL,
}) => {
  const admins = await deskAdmins(baseURL ?? '');
  const created = await admins.first.post('/api/users', {
    data: { username: NEW_ADMIN.username, displayName: NEW_ADMIN.displayName, role: 'admin' },
  });
  const { user, enrolment } = (await created.json()) as {
    user: { pendingGrant: { id: string } | null };
    enrolment: { code: string };
  };
  await confirmPendingRole(admins, user);
  await admins.dispose();

  const { page, context } = await actor(browser);
  await page.goto(`/#/enrol/${enrolment.code}`);
  await page.getByLabel('Password', { exact: true }).fill(NEW_ADMIN.password);
  await page.getByLabel('Confirm password').fill(NEW_ADMIN.password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();

  // Nothing else opens until the second factor is set up.
  await expect(page.getByRole('heading', { name: 'Set up your second factor' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectAccessible(page, 'the second-factor requirement');
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  await expectAccessible(page, 'the QR code of the second-factor setup');
  const secret = (await page.getByTestId('second-factor-secret').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByLabel('Code shown by the app').fill('000000');
  await page.getByRole('button', { name: 'Confirm the code' }).click();
  await expect(page.getByText('That code does not match').first()).toBeVisible();
  await page.getByLabel('Code shown by the app').fill(codeOf(secret));
  await page.getByRole('button', { name: 'Confirm the code' }).click();
  const recovery = page.getByRole('list', { name: 'Recovery codes' });
  await expect(recovery.getByRole('listitem')).toHaveCount(10);
  await expectAccessible(page, 'the recovery codes');
  await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  // The Users screen has a Username field of its own: wait until the sign-in form replaces it.
  await expect(page.getByRole('heading', { name: 'Sign in to Disclosure Desk' })).toBeVisible();
  await page.getByLabel('Username').fill(NEW_ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(NEW_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const code = page.getByLabel('Code from your authenticator app');
  await expect(code).toBeVisible();
  await expectAccessible(page, 'the sign-in asking for the code');
  // The code confirmed at setup is spent: the next one signs in.
  await code.fill(codeOf(secret, 1));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Signed-in sessions' })).toBeVisible();
  await expectAccessible(page, 'the Users screen with sessions');
  await context.close();
});

test('a supervisor gives the code again to approve', async ({ browser, baseURL }) => {
  const admins = await deskAdmins(baseURL ?? '');
  await createAccount(admins, REVIEWER);
  await createAccount(admins, SUPERVISOR);
  await createAccount(admins, CALLER);
  await admins.dispose();
  const rev = await signedInApi(baseURL ?? '', REVIEWER);
  const caller = await signedInApi(baseURL ?? '', CALLER);
  const driven = new CaseDriver(await importOrder(rev, frankfurtCourtOrder(REFERENCE)));
  await driven.act(caller, 'case.recordVerification', {
    verification: { ...CALL_BACK, calledBy: CALLER.displayName },
  });
  await driven.act(rev, 'case.startReview');
  await driven.act(rev, 'case.saveReview', { review: courtReview('disclose') });
  await reauthenticate(rev, REVIEWER.password);
  await driven.act(rev, 'case.signOff');
  await Promise.all([rev.dispose(), caller.dispose()]);

  const { page, context } = await actor(browser);
  await signIn(page, SUPERVISOR);
  await go(page, 'Approvals');
  await page.getByRole('link', { name: REFERENCE }).click();
  await page.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Code from your authenticator app')).toBeVisible();
  await expectAccessible(page, 'the approval confirmation with the code');
  await confirmWithPassword(page, SUPERVISOR.password, 'Confirm approval');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await context.close();
});
