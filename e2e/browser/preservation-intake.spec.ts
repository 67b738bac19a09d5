import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import { createAccount, deskAdmins, runNames } from './desk-api';
import { actor, fixture, go, signIn, type Actor } from './support';

// A US preservation request arrives by letter and is typed in. Received 85 days ago, its 90
// days run out within the week: the case and the queue say so.

const names = runNames();
const REVIEWER = names.account('preservation-reviewer', 'Nadia Okafor');
const PRESERVATION = names.reference('DANY-PRES');
const PDF = 'ordonnance-JI-2026-8812.pdf';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as the form takes it and the app shows it, day first, in the browser's zone. */
function typed(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

test.describe.configure({ mode: 'serial' });

let reviewer: Actor;

test.beforeAll(async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('the Chromium project sets a baseURL');
  const admins = await deskAdmins(baseURL);
  await createAccount(admins, REVIEWER);
  await admins.dispose();
  reviewer = await actor(browser);
});

test.afterAll(async () => {
  await reviewer.context.close();
});

test('a form with a bad field says what is wrong, naming the field, in words', async () => {
  const { page } = reviewer;
  await signIn(page, REVIEWER);
  await go(page, 'Import order');
  await expectAccessible(page, 'the intake form');
  await page.getByLabel('Reference').fill(names.reference('BAD-DATE'));
  await page.getByLabel('Received at').fill('11/30/2026 09:14');
  await page.getByLabel('Contact email (optional)').fill('not an address');
  await page.getByRole('button', { name: 'Import typed order' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'Received at: enter the date and time as day, month, year and hours:minutes, such as 30 Nov 2026 09:14',
  );
  await expect(alert).toContainText('Authority — contact email: enter an email address');
  await expect(alert).toContainText('Authority — name: must not be empty');
  // The message sits by its field too, tied to it for screen readers.
  await expect(page.getByLabel('Received at')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('main')).not.toContainText(/Invalid|expected one of|\(root\)|\(file\)/);
  await expect(page.locator('main')).not.toContainText(/receivedAt|authority\.contact/);
  await expectAccessible(page, 'the intake form with problems');
});

test('a preservation request typed in shows its expiry and the reminder before it', async () => {
  const { page } = reviewer;
  await page.reload();
  const received = new Date(Date.now() - 85 * 24 * 3600 * 1000);
  received.setSeconds(0, 0);
  const expires = new Date(received.getTime() + 90 * 24 * 3600 * 1000);

  await page
    .getByLabel('What the order asks for')
    .selectOption({ label: 'Preservation: US preservation request, 90 days, extendable once' });
  await page.getByLabel('Reference').fill(PRESERVATION);
  await page.getByLabel('Received at').fill(typed(received));
  await page.getByLabel('Received by').selectOption('post');
  await page.getByLabel('Authority name').fill('District Attorney, New York County');
  await page.getByLabel('Country').selectOption('US');
  await page.getByLabel('Kind of authority').selectOption('prosecutor');
  await page.getByLabel('Contact named in the order (optional)').fill('ADA Jane Roe');
  await page.getByLabel('Contact email (optional)').fill('roe@dany.example');
  await page.getByLabel('Instrument').selectOption('subpoena');
  await page.getByLabel('Route').selectOption('mlat');
  await page.getByLabel('Legal basis cited').fill('18 U.S.C. § 2703(f)');
  await page.getByLabel('Target 1 identifier kind').selectOption('phone');
  await page.getByLabel('Target 1 identifier', { exact: true }).fill('+12125550199');
  await page
    .getByLabel('Offence 1 category (Terms of Service catalog)')
    .selectOption('fraud_scams');
  await page.getByLabel('Offence 1 as described in the order').fill('Wire fraud');
  await page.getByRole('checkbox', { name: 'IP addresses' }).check();
  await page.getByLabel('IP window from').fill('1 Sep 2026');
  await page.getByLabel('IP window to').fill('30 Sep 2026');
  await page.getByRole('button', { name: 'Add document' }).click();
  await page.getByLabel('Document 1 name').fill(PDF);
  const sha256 = createHash('sha256')
    .update(readFileSync(fixture(PDF)))
    .digest('hex');
  await page.getByLabel('Document 1 SHA-256, as stated (optional)').fill(sha256);
  await page.getByLabel('PDF files of these documents').setInputFiles(fixture(PDF));
  await page.getByRole('button', { name: 'Import typed order' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Case ${PRESERVATION}` })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Preservation request' });
  const expiry = await page.evaluate(
    (iso) =>
      new Intl.DateTimeFormat('en-GB', {
        day: '2-digit',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
      }).format(new Date(iso)),
    expires.toISOString(),
  );
  await expect(panel.getByTestId('preservation-expiry')).toHaveText(expiry);
  await expect(panel.getByTestId('preservation-reminder')).toHaveText(
    'Preservation expires within 7 days',
  );
  // Nothing is reviewed or disclosed from it.
  await expect(page.getByRole('button', { name: 'Start review' })).toHaveCount(0);
  await expect(
    panel.getByRole('button', { name: 'Record the extension (90 more days)' }),
  ).toBeVisible();
  await expectAccessible(page, 'a preservation case');

  await go(page, 'Queue');
  await page.getByLabel('Search cases').fill(PRESERVATION);
  const row = page.getByRole('row').filter({ hasText: PRESERVATION });
  await expect(row).toContainText('Preservation');
  await expect(row).toContainText('preservation expires within 7 days');
  await expectAccessible(page, 'the queue with a preservation');
});
