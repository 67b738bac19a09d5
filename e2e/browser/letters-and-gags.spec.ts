import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import {
  deskAdmins,
  createAccount,
  importOrder,
  parisFraudOrder,
  runNames,
  signedInApi,
} from './desk-api';
import { actor, caseStatus, openFromQueue, signIn, type Actor } from './support';

const names = runNames();
const REVIEWER = names.account('lreviewer', 'Lena Reviewer');
const RFI_REFERENCE = names.reference('JI-PARIS-RFI');
const GAG_REFERENCE = names.reference('JI-PARIS-GAG');

test.describe.configure({ mode: 'serial' });

let reviewer: Actor;

test.beforeAll(async ({ browser, baseURL }) => {
  const admins = await deskAdmins(baseURL ?? '');
  await createAccount(admins, REVIEWER);
  const api = await signedInApi(baseURL ?? '', REVIEWER);
  await importOrder(api, {
    ...parisFraudOrder(RFI_REFERENCE),
    // A name in Cyrillic: the letter prints it as written.
    authority: {
      name: 'Tribunal judiciaire de Paris — juge d’instruction',
      country: 'FR',
      kind: 'investigating_judge',
      contact: { name: 'Greffe', email: 'greffe@tj-paris.example' },
    },
  });
  // A non-disclosure term that ended before today: notifying the user is now due.
  await importOrder(api, {
    ...parisFraudOrder(GAG_REFERENCE),
    nonDisclosure: { prohibited: true, until: '2026-01-31', terms: 'Until the searches.' },
  });
  reviewer = await actor(browser);
  await signIn(reviewer.page, REVIEWER);
});

test.afterAll(async () => {
  await reviewer.context.close();
});

test('a reviewer sends a request for information and finds it in the letters sent', async () => {
  const { page } = reviewer;
  await openFromQueue(page, RFI_REFERENCE);
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByText('Request information from the authority').click();
  await page
    .getByLabel('What information is missing?')
    .fill('Confirm the identity of Иван Петров, named in your annex.');
  await expect(page.getByLabel('Recipient')).toHaveValue('greffe@tj-paris.example');
  await page.getByRole('button', { name: 'Send request for information' }).click();
  await expect(caseStatus(page)).toContainText('Awaiting information');

  const log = page.getByRole('region', { name: 'Letters sent' });
  await expect(log.getByText('Request for information')).toBeVisible();
  await expect(log).toContainText('(French) to greffe@tj-paris.example by e-mail');
  await expect(log).toContainText(`sent by ${REVIEWER.displayName}`);
  await expect(log.locator('code.hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expectAccessible(page, 'the case page with its letter log');
});

test('a reminder appears when a non-disclosure term has ended', async () => {
  const { page } = reviewer;
  await page.goto('/#/queue');
  const due = page.getByRole('region', { name: 'Notifications due' });
  await expect(due.getByRole('link', { name: GAG_REFERENCE })).toBeVisible();
  await expectAccessible(page, 'the queue with notifications due');

  await due.getByRole('link', { name: GAG_REFERENCE }).click();
  const panel = page.getByRole('region', { name: 'Notifying the users' });
  await expect(panel.getByRole('note')).toContainText('The non-disclosure term has ended');
  await expect(panel.getByRole('row', { name: /5012345678/ })).toContainText('Due');
  await expectAccessible(page, 'the case page with a notification due');

  await panel.getByRole('button', { name: 'Record notification' }).click();
  await expect(panel.getByRole('row', { name: /5012345678/ })).toContainText(
    `recorded by ${REVIEWER.displayName}`,
  );
  await page.goto('/#/queue');
  await expect(
    page
      .getByRole('region', { name: 'Notifications due' })
      .getByRole('link', { name: GAG_REFERENCE }),
  ).toHaveCount(0);
});
