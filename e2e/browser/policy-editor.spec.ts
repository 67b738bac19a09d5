/*
 * The policy edited in its form: an administrator changes one jurisdiction (Luxembourg's
 * domestic deadline and a court closure with its source) and one directory authority (its
 * call-back phone), a second administrator reads the changes against the version in force and
 * publishes them, and a reviewer reads the new version and the older one.
 */
import { expect, test, type Locator } from '@playwright/test';
import { expectAccessible } from './axe';
import { createAccount, deskAdmins, runNames } from './desk-api';
import {
  actor,
  confirmWithPassword,
  FIRST_ADMIN,
  go,
  SECOND_ADMIN,
  signIn,
  snapshot,
  type Actor,
} from './support';

const names = runNames();
const REVIEWER = names.account('policy-reader', 'Rosa Reader');
const VERSION = names.reference('lu-zit');
const AUTHORITY = 'Generalstaatsanwaltschaft Frankfurt am Main – ZIT';
const NEW_PHONE = '+49 69 1367 8000';
const ROUTE = 'the domestic-order route';

test.describe.configure({ mode: 'serial' });

let admin: Actor;
let admin2: Actor;
let reviewer: Actor;

test.beforeAll(async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('the Playwright config names no baseURL');
  const admins = await deskAdmins(baseURL);
  await createAccount(admins, REVIEWER);
  await admins.dispose();
  [admin, admin2, reviewer] = await Promise.all([actor(browser), actor(browser), actor(browser)]);
});

test.afterAll(async () => {
  await Promise.all([admin, admin2, reviewer].map((a) => a?.context.close()));
});

function problems(editor: Locator) {
  return editor.getByLabel('Problems in the new version');
}

test('an administrator edits a jurisdiction and an authority in the form and proposes them', async () => {
  // The form holds the whole policy and checks it at every change: slower than a small form.
  test.slow();
  const { page } = admin;
  await signIn(page, FIRST_ADMIN);
  await go(page, 'Policy');
  const editor = page.getByRole('region', { name: /^Edit policy version/ });
  await expect(editor.getByText('The new version is complete and can be proposed.')).toBeVisible();
  await editor.getByLabel('New version label').fill(VERSION);

  // Luxembourg: a shorter domestic deadline, checked as typed.
  await editor
    .getByLabel('Jurisdiction to edit')
    .selectOption({ label: 'Luxembourg (LU) — answered' });
  const luxembourg = editor.getByRole('region', { name: 'Edit Luxembourg' });
  const amount = luxembourg.getByLabel(`Time to answer on ${ROUTE}`);
  await expect(amount).toHaveValue('10');
  await amount.fill('');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(luxembourg.getByText('this must be filled in')).toBeVisible();
  await expect(problems(editor)).toContainText(
    `Luxembourg — route “${ROUTE}” — deadline — time to answer: this must be filled in`,
  );
  await amount.fill('8');
  await expect(amount).not.toHaveAttribute('aria-invalid', 'true');

  // A court closure beside the computed public holidays cites its source.
  await luxembourg.getByRole('button', { name: 'Add a holiday' }).click();
  await luxembourg.getByLabel('Date of holiday 1').fill('20 Jun 2031');
  await luxembourg.getByLabel('Name of holiday 1').fill('Closure of the courts for the move');
  const source = luxembourg.getByRole('group', { name: 'Source of holiday 1' });
  await expect(problems(editor)).toContainText(
    'Luxembourg — calendar — holiday 20 Jun 2031 — source — title: must not be empty',
  );
  await source.getByLabel('Title').fill('Cour supérieure de justice: notice of closure');
  await source.getByLabel('Date of the text (optional)').fill('14 Nov 2026');

  // The ZIT's call-back number, refused until it is in the international form.
  await editor.getByLabel('Authority to edit').selectOption({ label: `${AUTHORITY} (DE)` });
  const zit = editor.getByRole('region', { name: `Edit ${AUTHORITY}` });
  const phone = zit.getByLabel('Call-back phone (optional)');
  await phone.fill('069 1367 8000');
  await expect(zit.getByText('expected an international phone number')).toBeVisible();
  await expect(problems(editor)).toContainText(`${AUTHORITY} — call-back contact — phone`);
  await expect(problems(editor)).not.toContainText('authorityDirectory');
  await phone.fill(NEW_PHONE);
  await expect(editor.getByText('The new version is complete and can be proposed.')).toBeVisible();
  await snapshot(page, 'policy-editor-01-form');
  await expectAccessible(page, 'the policy editor with a jurisdiction and an authority open');

  await editor.getByRole('button', { name: 'Propose as a new version' }).click();
  await expect(page.getByText(`Version ${VERSION} is proposed.`)).toBeVisible();
});

test('a refused proposal keeps every edit, with the service’s reason beside the field', async () => {
  const { page } = admin;
  const editor = page.getByRole('region', { name: /^Edit policy version/ });
  const phone = editor
    .getByRole('region', { name: `Edit ${AUTHORITY}` })
    .getByLabel('Call-back phone (optional)');
  const amount = editor
    .getByRole('region', { name: 'Edit Luxembourg' })
    .getByLabel(`Time to answer on ${ROUTE}`);
  // Proposed under the same label: refused by the service, beside the field, and the
  // edits are all still there.
  await editor.getByRole('button', { name: 'Propose as a new version' }).click();
  await expect(editor.getByText(`Policy version ${VERSION} already exists.`)).toBeVisible();
  await expect(editor.getByLabel('New version label')).toHaveAccessibleDescription(
    'give the new version a label not used before',
  );
  await expect(problems(editor)).toContainText(
    'Version label: give the new version a label not used before',
  );
  await expect(phone).toHaveValue(NEW_PHONE);
  await expect(amount).toHaveValue('8');

  // The author cannot approve their own version.
  const own = page.getByRole('article', { name: `Version ${VERSION}` });
  await expect(own).toContainText('another administrator must approve it');
  await expect(own.getByRole('button', { name: /^Approve/ })).toHaveCount(0);
});

test('a second administrator reads the changes against the version in force and publishes', async () => {
  const { page } = admin2;
  await signIn(page, SECOND_ADMIN);
  await go(page, 'Policy');
  const proposal = page.getByRole('article', { name: `Version ${VERSION}` });
  await expect(proposal).toContainText(/What it changes against version .+, in force today/);
  const jurisdiction = proposal.getByRole('table', { name: 'Jurisdiction Luxembourg: changed' });
  const deadline = jurisdiction.getByRole('row', { name: /deadline › time to answer/ });
  await expect(deadline.getByRole('cell').nth(0)).toHaveText('10');
  await expect(deadline.getByRole('cell').nth(1)).toHaveText('8');
  await expect(jurisdiction.getByRole('row', { name: /calendar › holiday/ })).toContainText(
    'Closure of the courts for the move',
  );
  const authority = proposal.getByRole('table', { name: `Authority ${AUTHORITY}: changed` });
  const phone = authority.getByRole('row', { name: 'call-back contact › phone' });
  await expect(phone.getByRole('cell').nth(0)).toHaveText('+44 20 7946 0112');
  await expect(phone.getByRole('cell').nth(1)).toHaveText(NEW_PHONE);
  // Nothing else of the directory or the catalogue changes.
  await expect(proposal.getByRole('table', { name: /^Authority / })).toHaveCount(1);
  await expect(proposal.getByRole('table', { name: /^Terms of Service category/ })).toHaveCount(0);
  await snapshot(page, 'policy-editor-02-changes');
  await expectAccessible(page, 'a proposed version with its changes against the version in force');

  await proposal.getByRole('button', { name: `Approve and publish version ${VERSION}` }).click();
  await confirmWithPassword(page, SECOND_ADMIN.password, 'Confirm publication');
  const versions = page.getByRole('table', { name: 'Policy versions' });
  await expect(versions.getByRole('row', { name: new RegExp(VERSION) })).toContainText('In force');
});

test('a reviewer reads the change in the version in force, and the version before it', async () => {
  const { page } = reviewer;
  await signIn(page, REVIEWER);
  await go(page, 'Policy');
  await expect(page.getByText(`In force today: version ${VERSION}`)).toBeVisible();
  const current = page.getByRole('region', { name: `Policy version ${VERSION}` });
  const luxembourg = current.getByRole('article', { name: 'Luxembourg' });
  await expect(luxembourg).toContainText('answer within 8 business days');
  await expect(luxembourg).toContainText('20 Jun 2031: Closure of the courts for the move');
  await expect(luxembourg).toContainText('Cour supérieure de justice: notice of closure');
  const directory = current.getByRole('table', { name: 'Authority directory' });
  await expect(directory.getByRole('row', { name: new RegExp(AUTHORITY) })).toContainText(
    NEW_PHONE,
  );
  // The reviewer reads; the editor is for administrators.
  await expect(page.getByRole('region', { name: /^Edit policy version/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Read version 2024-09-23' }).click();
  const older = page.getByRole('region', { name: 'Policy version 2024-09-23' });
  await expect(older.getByRole('article', { name: 'Luxembourg' })).toContainText(
    'answer within 10 business days',
  );
  await expect(older.getByRole('article', { name: 'Luxembourg' })).not.toContainText('Closure');
  await expect(
    older
      .getByRole('table', { name: 'Authority directory' })
      .getByRole('row', { name: new RegExp(AUTHORITY) }),
  ).toContainText('+44 20 7946 0112');
  await snapshot(page, 'policy-editor-03-older-version');
});
