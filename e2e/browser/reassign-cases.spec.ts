import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import { CaseDriver, frankfurtCourtOrder } from './case-states';
import { createAccount, deskAdmins, importOrder, runNames, signedInApi } from './desk-api';
import { actor, FIRST_ADMIN, go, signIn, type Actor } from './support';

// A reviewer leaves with cases in hand: the administrator deactivates the account and moves
// its open cases to an active reviewer, who finds them among their own.

const names = runNames();
const LEAVER = names.account('reassign-leaver', 'Lars Leaving');
const TAKER = names.account('reassign-taker', 'Tara Taking');
const IN_REVIEW = names.reference('REASSIGN-REVIEW');
const CLAIMED = names.reference('REASSIGN-CLAIMED');

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let admin: Actor;
let taker: Actor;

test.beforeAll(async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('the Chromium project sets a baseURL');
  const admins = await deskAdmins(baseURL);
  for (const account of [LEAVER, TAKER]) await createAccount(admins, account);
  await admins.dispose();
  const leaver = await signedInApi(baseURL, LEAVER);
  const reviewed = new CaseDriver(await importOrder(leaver, frankfurtCourtOrder(IN_REVIEW)));
  await reviewed.act(leaver, 'case.claim');
  await reviewed.act(leaver, 'case.startReview');
  const claimed = new CaseDriver(await importOrder(leaver, frankfurtCourtOrder(CLAIMED)));
  await claimed.act(leaver, 'case.claim');
  await leaver.dispose();
  [admin, taker] = await Promise.all([actor(browser), actor(browser)]);
});

test.afterAll(async () => {
  await Promise.all([admin, taker].map((a) => a?.context.close()));
});

test('an administrator moves a deactivated reviewer’s open cases to an active reviewer', async () => {
  const { page } = admin;
  await signIn(page, FIRST_ADMIN);
  await go(page, 'Users');
  const row = page.getByRole('row').filter({ hasText: LEAVER.username });
  await row.getByRole('button', { name: `Deactivate ${LEAVER.username}` }).click();
  await expect(row).toContainText('Deactivated');
  await expect(row).toContainText(`${LEAVER.displayName} still holds 2 open cases.`);
  const reassign = row.getByRole('button', { name: `Reassign the cases of ${LEAVER.username}` });
  await expect(reassign).toBeDisabled();
  const picker = row.getByLabel(`New holder of the cases of ${LEAVER.username}`);
  // Only active reviewers are offered: not the person leaving.
  await expect(picker.getByRole('option', { name: LEAVER.displayName })).toHaveCount(0);
  await picker.selectOption({ label: TAKER.displayName });
  await expectAccessible(page, 'the Users screen with a reassignment to confirm');

  // Dismissing the confirmation moves nothing.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await reassign.click();
  await expect(row).toContainText(`${LEAVER.displayName} still holds 2 open cases.`);

  const asked = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    });
  });
  await reassign.click();
  expect(await asked).toContain(
    `Move 2 open cases held by ${LEAVER.displayName} to ${TAKER.displayName}?`,
  );
  await expect(row.getByRole('status')).toHaveText(`2 cases moved to ${TAKER.displayName}.`);
  await expect(reassign).toHaveCount(0);
});

test('the new holder finds the cases in My cases and may work on them', async () => {
  const { page } = taker;
  await signIn(page, TAKER);
  await go(page, 'Queue');
  await page
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: 'My cases' })
    .click();
  const search = page.getByLabel('Search cases');
  await search.fill(CLAIMED);
  await expect(page.getByRole('link', { name: CLAIMED, exact: true })).toBeVisible();
  await search.fill(IN_REVIEW);
  await page.getByRole('link', { name: IN_REVIEW, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${IN_REVIEW}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save review' })).toBeVisible();
});
