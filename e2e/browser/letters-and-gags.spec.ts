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
/** More cases due than the reminder lists at first, all due after the one above. */
const LONG_DUE = Array.from({ length: 21 }, (_, i) => ({
  reference: names.reference(`JI-PARIS-OLD-${i + 1}`),
  until: `2026-02-${String(i + 1).padStart(2, '0')}`,
}));

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
  for (const { reference, until } of LONG_DUE) {
    await importOrder(api, {
      ...parisFraudOrder(reference),
      nonDisclosure: { prohibited: true, until, terms: 'Until the searches.' },
    });
  }
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

test('a long list of notifications due shows the cases due longest, and more on request', async () => {
  const { page } = reviewer;
  await page.goto('/#/queue');
  const due = page.getByRole('region', { name: 'Notifications due' });
  await expect(due).toContainText(/[0-9,]+ users are to be told/);
  await expect(due).toContainText(/[0-9,]+ cases, the 20 due longest listed/);
  await expect(due.getByRole('listitem')).toHaveCount(20);
  const latest = LONG_DUE.at(-1)!;
  await expect(due.getByRole('link', { name: latest.reference })).toHaveCount(0);

  await due.getByRole('button', { name: /^Show [0-9,]+ more$/ }).click();
  for (const { reference } of LONG_DUE) {
    await expect(due.getByRole('link', { name: reference })).toBeVisible();
  }
  await expectAccessible(page, 'the queue with a long list of notifications due');
});
