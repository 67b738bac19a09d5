/*
 * The desk by keyboard alone. A reviewer goes from the queue to a signed-off case, and a
 * supervisor at another workstation approves it, without a mouse.
 *
 * Counting rule: every key pressed is one press (Tab, Enter, Space, a letter, an arrow); typing
 * into a field with keyboard.type (the search text, the password) counts as one press per
 * field filled, however long the text.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  createAccount,
  deskAdmins,
  importOrder,
  parisFraudOrder,
  runNames,
  signedInApi,
} from './desk-api';
import { CALL_BACK, CaseDriver, frankfurtCourtOrder } from './case-states';
import { nextCode } from './authenticators';
import { actor, backToFinishedCase, signIn, type Actor } from './support';

const names = runNames();
const REVIEWER = names.account('keys-reviewer', 'Kira Keys');
const CALLER = names.account('keys-caller', 'Colm Caller', 'supervisor');
const APPROVER = names.account('keys-approver', 'Ada Approver', 'supervisor');
const REFERENCE = names.reference('KEYS');
const MOUSE_FREE_LIMIT = 15;

/** Presses keys and counts them, by the rule above. */
class Keyboard {
  presses = 0;
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.presses += 1;
    await this.page.keyboard.press(key);
  }
  async type(text: string): Promise<void> {
    this.presses += 1;
    await this.page.keyboard.type(text);
  }
  /** Tabs forward until the element has focus (at most `limit` presses). */
  async tabTo(target: Locator, limit = 30): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      if (await isFocused(target)) return;
      await this.press('Tab');
    }
    await expect(target).toBeFocused();
  }
}

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement).catch(() => false);

test.describe.configure({ mode: 'serial' });

let reviewer: Actor;
let approver: Actor;

test.beforeAll(async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('the Playwright config names no baseURL');
  const admin = await deskAdmins(baseURL);
  for (const person of [REVIEWER, CALLER, APPROVER]) await createAccount(admin, person);
  await admin.dispose();
  const intake = await signedInApi(baseURL, REVIEWER);
  const caseId = await importOrder(intake, frankfurtCourtOrder(REFERENCE));
  await intake.dispose();
  const caller = await signedInApi(baseURL, CALLER);
  await new CaseDriver(caseId).act(caller, 'case.recordVerification', {
    verification: { ...CALL_BACK, calledBy: CALLER.displayName },
  });
  await caller.dispose();
  [reviewer, approver] = await Promise.all([actor(browser), actor(browser)]);
});

test.afterAll(async () => {
  await Promise.all([reviewer, approver].map((a) => a?.context.close()));
});

test('a reviewer signs off and a supervisor approves, by keyboard alone', async () => {
  const { page } = reviewer;
  await signIn(page, REVIEWER);
  await expect(page.getByRole('heading', { level: 1, name: 'Queue' })).toBeVisible();
  await expect(page).toHaveTitle('Queue — Disclosure Desk');
  const keys = new Keyboard(page);

  // Search the queue and open the case from the grid.
  await keys.press('/');
  await expect(page.getByLabel('Search cases')).toBeFocused();
  await keys.type(REFERENCE);
  await expect(page.getByRole('grid', { name: 'Cases' }).getByRole('link')).toHaveText([REFERENCE]);
  await keys.press('ArrowDown');
  await expect(
    page.getByRole('grid', { name: 'Cases' }).getByRole('link', { name: REFERENCE }),
  ).toBeFocused();
  await keys.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(`Case ${REFERENCE}`);
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^Case ${REFERENCE} .* — Disclosure Desk$`));

  // Start the review; focus goes to the first step of it.
  await keys.tabTo(page.getByRole('button', { name: 'Start review' }), 4);
  await keys.press('Enter');
  const confirmAll = page.getByRole('button', { name: 'Confirm every check the engine passed' });
  await expect(confirmAll).toBeFocused();

  // c confirms every check the engine passed; focus goes to the open decision.
  await keys.press('c');
  const disclose = page
    .getByRole('radiogroup', { name: /^Phone number of / })
    .getByLabel('Disclose');
  await expect(disclose).toBeFocused();
  await keys.press('Space');
  await expect(disclose).toBeChecked();
  await keys.press('Tab');
  const save = page.getByRole('button', { name: 'Save review' });
  await expect(save).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByText(/^Saved · version \d+$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign off', exact: true })).toBeFocused();

  // s signs off; the password is asked again, and Esc would give focus back.
  await keys.press('s');
  const dialog = page.getByRole('dialog', { name: `Sign off case ${REFERENCE}` });
  await expect(dialog.getByLabel('Your password')).toBeFocused();
  await keys.type(REVIEWER.password);
  await keys.press('Enter');
  await expect(dialog).toBeHidden();
  // The next case (or the queue) opens, its heading focused, saying what was done.
  await expect(page.getByRole('region', { name: 'Done' })).toContainText(
    `Case ${REFERENCE} signed off.`,
  );
  await expect(heading).toBeFocused();

  test.info().annotations.push({ type: 'reviewer key presses', description: String(keys.presses) });
  expect(keys.presses, 'key presses from the queue to a signed-off case').toBeLessThanOrEqual(
    MOUSE_FREE_LIMIT,
  );
  // Back to the signed-off case: the shortcuts below start away from the queue.
  await backToFinishedCase(page, `Case ${REFERENCE} signed off.`);

  // The supervisor, at another workstation, approves by keyboard too.
  const sup = approver.page;
  await signIn(sup, APPROVER);
  const supKeys = new Keyboard(sup);
  await supKeys.press('g');
  await supKeys.press('a');
  await expect(sup.getByRole('heading', { level: 1, name: 'Approvals' })).toBeFocused();
  await supKeys.tabTo(sup.getByRole('link', { name: REFERENCE }));
  await supKeys.press('Enter');
  await expect(sup.getByRole('heading', { level: 1 })).toContainText(`Case ${REFERENCE}`);
  await supKeys.tabTo(sup.getByRole('button', { name: 'Approve' }), 60);
  await supKeys.press('Enter');
  const approval = sup.getByRole('dialog', { name: `Approve case ${REFERENCE}` });
  await expect(approval.getByLabel('Your password')).toBeFocused();
  await supKeys.type(APPROVER.password);
  // A supervisor confirms with the second factor too: the next field asks for the code.
  await supKeys.press('Tab');
  await expect(approval.getByLabel('Code from your authenticator app')).toBeFocused();
  await supKeys.type(await nextCode(APPROVER.username));
  await supKeys.press('Enter');
  await expect(approval).toBeHidden();
  await expect(sup.getByRole('region', { name: 'Done' })).toContainText(
    `Case ${REFERENCE} approved.`,
  );
  await expect(sup.getByRole('heading', { level: 1 })).toBeFocused();
});

test('shortcuts wait while the user types, and ? lists them', async () => {
  const { page } = reviewer;
  await page.keyboard.press('g');
  await page.keyboard.press('q');
  await expect(page.getByRole('heading', { level: 1, name: 'Queue' })).toBeFocused();

  const search = page.getByLabel('Search cases');
  await search.focus();
  await page.keyboard.type('g a ? j c s');
  await expect(search).toHaveValue('g a ? j c s');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Queue' })).toBeVisible();

  await search.fill('');
  await page.getByRole('heading', { level: 1, name: 'Queue' }).focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /g then a Go to approvals/ })).toBeVisible();
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Queue' })).toBeFocused();
});

test('the queue is one Tab stop, and the arrow keys move inside it', async () => {
  const { page } = reviewer;
  // Every case, so the grid has rows whatever else this desk holds.
  await page
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: 'All cases' })
    .click();
  const grid = page.getByRole('grid', { name: 'Cases' });
  await expect(grid.getByRole('link').first()).toBeVisible();
  const stops = await grid.locator('[tabindex="0"]').count();
  expect(stops).toBe(1);
  await grid.locator('[tabindex="0"]').focus();
  await page.keyboard.press('Control+Home');
  await expect(grid.getByRole('button', { name: 'Reference' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(grid.getByRole('button', { name: 'Status' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(grid.getByRole('row').nth(1).getByRole('gridcell').nth(1)).toBeFocused();
  // Other desks' cases may arrive by sync and move rows: the stop stays on this case.
  const focusedRow = grid.getByRole('row').filter({ has: page.locator(':focus') });
  const reference = (await focusedRow.getByRole('link').textContent()) ?? '';
  expect(reference).not.toBe('');
  await page.keyboard.press('Home');
  await expect(grid.getByRole('link', { name: reference, exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(grid.locator(':focus')).toHaveCount(0);
  expect(await grid.locator('[tabindex="0"]').count()).toBe(1);
  // The last case lies below the rows drawn: the grid scrolls to it, draws it and focuses it.
  await grid.locator('[tabindex="0"]').focus();
  await page.keyboard.press('Control+End');
  const last = grid.locator(`[aria-rowindex="${await grid.getAttribute('aria-rowcount')}"]`);
  await expect(last.locator(':focus')).toHaveCount(1);
  await expect(last).toBeInViewport();
  await page.keyboard.press('Control+Home');
  await expect(grid.getByRole('button', { name: 'Reference' })).toBeFocused();
});

test('Down in the search field goes to the case found, even while its row is still being drawn', async ({
  baseURL,
}) => {
  const { page } = reviewer;
  // A second case, so that the grid shows another one first until the search narrows it.
  const intake = await signedInApi(baseURL!, REVIEWER);
  await importOrder(intake, parisFraudOrder(names.reference('ELSE')));
  await intake.dispose();
  await page
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: 'All cases' })
    .click();
  const grid = page.getByRole('grid', { name: 'Cases' });
  await expect(grid.getByRole('link').nth(1)).toBeVisible({ timeout: 20_000 });
  // The grid draws the rows a search finds in a render that yields to input; on a slow
  // workstation that render spans several frames, and a key pressed meanwhile must not land
  // on the rows found before.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  try {
    await page.getByLabel('Search cases').evaluate((search: HTMLInputElement, reference) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(search, reference);
      search.dispatchEvent(new Event('input', { bubbles: true }));
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    }, REFERENCE);
    await expect(grid.getByRole('link', { name: REFERENCE, exact: true })).toBeFocused({
      timeout: 20_000,
    });
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
  await expect(grid.getByRole('link')).toHaveText([REFERENCE]);
  await page.getByLabel('Search cases').fill('');
});

test('the skip link is the first Tab stop and takes the keyboard past the header', async () => {
  const { page } = reviewer;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Queue' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next stop is inside the main content, whatever the queue shows first today.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
  await expect(page.getByRole('banner').locator(':focus')).toHaveCount(0);
});
