import { fileURLToPath } from 'node:url';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHECK_KEYS, CHECK_LABELS } from '../../shared/review';
import { hasAuthenticator, keepSecret, nextCode } from './authenticators';

export const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** One person at their own workstation: a browser context of their own. */
export interface Actor {
  context: BrowserContext;
  page: Page;
}

export async function actor(browser: Browser): Promise<Actor> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  return { context, page: await context.newPage() };
}

export interface Account {
  displayName: string;
  username: string;
  password: string;
  role: 'admin' | 'reviewer' | 'supervisor' | 'auditor';
}

/** The first administrator: whichever spec file runs first on the fresh desk creates it. */
export const FIRST_ADMIN: Account = {
  displayName: 'Hélène Martin',
  username: 'hmartin',
  password: 'admin passphrase for the desk 2026',
  role: 'admin',
};

/**
 * The desk's second administrator: supervisor and administrator roles take a second
 * administrator's confirmation. The first spec to need one appoints this one.
 */
export const SECOND_ADMIN: Account = {
  displayName: 'Idris Okonkwo',
  username: 'iokonkwo',
  password: 'second administrator passphrase 2026',
  role: 'admin',
};

/**
 * Fills the new-account form on the Users screen and returns the enrolment code it shows
 * once; the administrator never chooses or sees a password.
 */
export async function openAccountInUi(page: Page, account: Account): Promise<string> {
  await page.getByLabel('Full name').fill(account.displayName);
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Role', { exact: true }).selectOption(account.role);
  await page.getByRole('button', { name: 'Create account' }).click();
  const code = page.getByTestId('enrolment-code');
  await expect(code).toBeVisible();
  await expect(page.getByRole('cell', { name: account.username, exact: true })).toBeVisible();
  return (await code.textContent()) ?? '';
}

/** The person opens their enrolment link and chooses their own password; they are signed in. */
export async function enrolThroughLink(page: Page, code: string, account: Account): Promise<void> {
  await page.goto(`/#/enrol/${code}`);
  await expect(page.getByRole('heading', { name: 'Set your password' })).toBeVisible();
  await expect(page.getByLabel('Enrolment code')).toHaveValue(code);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByLabel('Confirm password').fill(account.password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await setUpSecondFactorIfAsked(page, account);
  await expect(page.getByText(account.displayName, { exact: false }).first()).toBeVisible();
}

/**
 * A supervisor or administrator is asked to set up their second factor on signing in for the
 * first time: the secret shown under the QR code goes into the run's authenticator, whose
 * first code confirms it. Anyone else goes on.
 */
export async function setUpSecondFactorIfAsked(page: Page, account: Account): Promise<void> {
  const asked = page.getByRole('heading', { name: 'Set up your second factor' });
  const inside = page.getByRole('navigation', { name: 'Main' });
  await expect(asked.or(inside)).toBeVisible();
  if (!(await asked.isVisible())) return;
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const secret = (await page.getByTestId('second-factor-secret').textContent()) ?? '';
  keepSecret(account.username, secret);
  await page.getByLabel('Code shown by the app').fill(await nextCode(account.username));
  await page.getByRole('button', { name: 'Confirm the code' }).click();
  await expect(page.getByRole('list', { name: 'Recovery codes' })).toBeVisible();
  await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  await expect(inside).toBeVisible();
}

/** Enrolment on the person's own device: a browser context of its own, closed afterwards. */
export async function enrolElsewhere(browser: Browser, code: string, account: Account) {
  const device = await actor(browser);
  try {
    await enrolThroughLink(device.page, code, account);
  } finally {
    await device.context.close();
  }
}

export async function signIn(page: Page, account: Account): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (hasAuthenticator(account.username)) {
    await page
      .getByLabel('Code from your authenticator app')
      .fill(await nextCode(account.username));
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await setUpSecondFactorIfAsked(page, account);
  await expect(page.getByText(account.displayName, { exact: false }).first()).toBeVisible();
}

export async function go(page: Page, navLabel: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: navLabel })
    .click();
}

/**
 * The queue renders only the rows in view, so the case is searched for first: the shared desk
 * may hold more cases than fit on the screen.
 */
export async function openFromQueue(page: Page, reference: string): Promise<void> {
  await go(page, 'Queue');
  // The queue opens on open cases; the case may be in any status.
  await page
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: 'All cases' })
    .click();
  await page.getByLabel('Search cases').fill(reference);
  await page.getByRole('link', { name: reference, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
}

export async function passAllChecks(page: Page): Promise<void> {
  for (const key of CHECK_KEYS) {
    await page
      .getByRole('group', { name: CHECK_LABELS[key].title, exact: true })
      .getByLabel('Pass')
      .check();
  }
}

export async function decide(
  page: Page,
  decision: string,
  verdict: 'Disclose' | 'Decline',
  reason?: string,
): Promise<void> {
  await page.getByRole('radiogroup', { name: decision, exact: true }).getByLabel(verdict).check();
  if (reason !== undefined) {
    await page.getByLabel(`Reason for declining ${decision}`, { exact: true }).fill(reason);
  }
}

export async function saveReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText(/^Saved · version \d+$/)).toBeVisible();
}

/** Sign-off and approval both confirm the password in a dialog first. */
export async function confirmWithPassword(
  page: Page,
  password: string,
  confirmLabel: string,
): Promise<void> {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your password').fill(password);
  const code = dialog.getByLabel('Code from your authenticator app');
  if (await code.isVisible()) {
    const username = await page.evaluate(async () => {
      const response = await fetch('/api/session');
      return ((await response.json()) as { user: { username: string } }).user.username;
    });
    await code.fill(await nextCode(username));
  }
  await dialog.getByRole('button', { name: confirmLabel }).click();
  await expect(dialog).toBeHidden();
}

/**
 * After a sign-off or an approval the next case (or the list) opens; its notice says what was
 * done and leads back to the case just finished.
 */
export async function backToFinishedCase(page: Page, done: RegExp | string): Promise<void> {
  const notice = page.getByRole('region', { name: 'Done' });
  await expect(notice).toContainText(done);
  await notice.getByRole('link', { name: /^Back to case / }).click();
}

/** Signs off, then goes back from the next case to the one signed off. */
export async function signOff(page: Page, password: string): Promise<void> {
  await expect(page.getByText('Ready to sign off.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign off', exact: true }).click();
  await confirmWithPassword(page, password, 'Confirm sign-off');
  await backToFinishedCase(page, / signed off\./);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed off');
}

/** The header's word on the connection; case pages have offline notices of their own. */
export function connectionStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /^(Online|Offline)$/ });
}

export function caseStatus(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** Screens for a person to look at: set E2E_SCREENSHOTS to a folder to keep them. */
export async function snapshot(page: Page, name: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

/** How many records a store of this browser context's IndexedDB holds, read without the app. */
export function storedRecordCount(
  page: Page,
  databaseName: string,
  store: string,
): Promise<number> {
  return page.evaluate(
    ({ databaseName, store }) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(databaseName);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          if (!database.objectStoreNames.contains(store)) {
            database.close();
            resolve(0);
            return;
          }
          const count = database.transaction(store).objectStore(store).count();
          count.onsuccess = () => {
            database.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    { databaseName, store },
  );
}

/** How many case summaries this browser context holds in IndexedDB, read without the app. */
export function cachedCaseCount(page: Page): Promise<number> {
  return storedRecordCount(page, 'disclosure-desk', 'summaries');
}

export interface CallBack {
  calledBy: string;
  contactName: string;
  contactUsed: string;
  /** Where an independently found number was found; the directory's needs none. */
  source?: { kind: 'official_website' | 'registry'; reference: string };
  /** A `datetime-local` value. */
  at: string;
  outcome: 'confirmed' | 'denied';
}

const SOURCE_OPTIONS = {
  official_website: 'The authority’s official website',
  registry: 'An official registry',
} as const;

/** A colleague records the out-of-band call-back on the open case. */
export async function recordCallBack(page: Page, callBack: CallBack): Promise<void> {
  const form = page.getByRole('group', { name: 'Record a call-back' });
  await form.getByLabel('Who made the call').fill(callBack.calledBy);
  await form.getByLabel('Whom you reached').fill(callBack.contactName);
  await form.getByLabel('Number or address used').fill(callBack.contactUsed);
  if (callBack.source) {
    await form
      .getByLabel('Where the number comes from')
      .selectOption({ label: SOURCE_OPTIONS[callBack.source.kind] });
    await form.getByLabel('Where you found it').fill(callBack.source.reference);
  }
  await form.getByLabel('When the call was made').fill(callBack.at);
  await form.getByLabel('Outcome').selectOption(callBack.outcome);
  await form.getByRole('button', { name: 'Record call-back' }).click();
  await expect(page.getByRole('list', { name: 'Recorded call-backs' })).toContainText(
    `${callBack.calledBy} reached ${callBack.contactName}`,
  );
}

/** Ticks or unticks one value of a list's filter (Status, Country), opening it if folded. */
export async function toggleFilter(page: Page, filter: string, option: string): Promise<void> {
  const group = page.getByRole('group', { name: filter });
  if (!(await group.isVisible())) {
    await page.locator('summary', { hasText: `${filter}:` }).click();
  }
  await group.getByLabel(option, { exact: true }).click();
}
