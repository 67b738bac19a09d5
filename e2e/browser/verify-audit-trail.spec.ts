import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  deskAdmins,
  createAccount,
  importOrder,
  parisFraudOrder,
  runNames,
  signedInApi,
} from './desk-api';
import { expectAccessible } from './axe';
import { actor, signIn, type Actor } from './support';

/**
 * Named to run after the lifecycle spec (files run in name order), which must find the desk
 * fresh. An auditor reads the trail the other specs left, through the Audit screen.
 */
const names = runNames();
const AUDITOR = names.account('oaudit', 'Odile Auditor', 'auditor');
const REVIEWER = names.account('raudit', 'Rémi Audit', 'reviewer');
const ORDER = names.reference('AUDIT-TRAIL');

let auditor: Actor;

test.beforeAll(async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('the spec needs the case service address');
  const admin = await deskAdmins(baseURL);
  await createAccount(admin, AUDITOR);
  await createAccount(admin, REVIEWER);
  await admin.dispose();
  const reviewer = await signedInApi(baseURL, REVIEWER);
  await importOrder(reviewer, parisFraudOrder(ORDER));
  await reviewer.dispose();
  auditor = await actor(browser);
});

test.afterAll(async () => {
  await auditor?.context.close();
});

test('an auditor filters the audit trail, sees it verified and exports it as CSV', async () => {
  const { page } = auditor;
  await signIn(page, AUDITOR);
  // The audit screen is where an auditor starts.
  await expect(page.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Verified.' })).toBeVisible();
  await expect(page.getByText(/Latest signed checkpoint/)).toBeVisible();
  await expectAccessible(page, 'the audit screen with its verification');

  await page.getByLabel('Order reference').fill(ORDER);
  await page.getByLabel('Event type').fill('order.import');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const rows = page.getByRole('table', { name: 'Audit events' }).getByRole('row');
  // The header and the one event: the order this spec imported.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Order received');
  await expect(rows.nth(1)).toContainText(REVIEWER.username);
  await expect(rows.nth(1)).toContainText(ORDER);
  await expectAccessible(page, 'the audit trail, filtered');

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe('id,at,actor,actorName,action,caseId,caseReference,details,prevHash,hash');
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain(`"${ORDER}"`);

  // Taking a copy is itself recorded.
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByLabel('User').fill(AUDITOR.username);
  await page.getByLabel('Event type').fill('audit.export');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows.nth(1)).toContainText('Audit log exported');
});
