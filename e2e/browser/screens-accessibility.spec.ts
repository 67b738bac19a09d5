/*
 * Every screen and state a person can reach, checked by axe-core against WCAG 2.2 A and AA in
 * the light and the dark theme, and the reflow of the main screens at 320 CSS px.
 *
 * The cases are brought to each status over the API first (see case-states.ts), then looked
 * at in the browser as their reviewer, their supervisor and the administrator see them.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import {
  CALL_BACK,
  CaseDriver,
  frankfurtCourtOrder,
  courtReview,
  reauthenticate,
} from './case-states';
import { createAccount, deskAdmins, importOrder, runNames, signedInApi } from './desk-api';
import { actor, FIRST_ADMIN, go, signIn, type Actor } from './support';

const names = runNames();
const REVIEWER = names.account('a11y-reviewer', 'Rosa Reader');
const CALLER = names.account('a11y-caller', 'Carl Caller', 'supervisor');
const APPROVER = names.account('a11y-approver', 'Alba Approver', 'supervisor');

/** A reference per status, so each case is found by searching for it. */
const CASES = {
  received: names.reference('A11Y-RECEIVED'),
  in_review: names.reference('A11Y-IN-REVIEW'),
  ready: names.reference('A11Y-READY'),
  awaiting_information: names.reference('A11Y-AWAITING'),
  signed_off: names.reference('A11Y-SIGNED-OFF'),
  returned: names.reference('A11Y-RETURNED'),
  approved: names.reference('A11Y-APPROVED'),
  refused: names.reference('A11Y-REFUSED'),
  closed: names.reference('A11Y-CLOSED'),
} as const;

// axe reads the whole page twice (two themes) for each state.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let reviewer: Actor;
let supervisor: Actor;
let admin: Actor;

test.beforeAll(async ({ browser, baseURL }) => {
  // Each supervisor's authenticator code is accepted once: the setup waits for fresh ones.
  test.setTimeout(240_000);
  if (!baseURL) throw new Error('the Playwright config names no baseURL');
  const adminContext = await deskAdmins(baseURL);
  for (const person of [REVIEWER, CALLER, APPROVER]) await createAccount(adminContext, person);
  await adminContext.dispose();

  const rev = await signedInApi(baseURL, REVIEWER);
  const caller = await signedInApi(baseURL, CALLER);
  const sup = await signedInApi(baseURL, APPROVER);
  const open = async (reference: string) => {
    const driven = new CaseDriver(await importOrder(rev, frankfurtCourtOrder(reference)));
    await driven.act(caller, 'case.recordVerification', {
      verification: { ...CALL_BACK, calledBy: CALLER.displayName },
    });
    return driven;
  };
  const signedOff = async (reference: string, verdict: 'disclose' | 'decline') => {
    const driven = await open(reference);
    await driven.act(rev, 'case.startReview');
    await driven.act(rev, 'case.saveReview', { review: courtReview(verdict) });
    await reauthenticate(rev, REVIEWER.password);
    return driven.act(rev, 'case.signOff');
  };

  await open(CASES.received);
  await (await open(CASES.in_review)).act(rev, 'case.startReview');
  const ready = await open(CASES.ready);
  await ready.act(rev, 'case.startReview');
  await ready.act(rev, 'case.saveReview', { review: courtReview('disclose') });
  const awaiting = await open(CASES.awaiting_information);
  await awaiting.act(rev, 'case.startReview');
  await awaiting.act(rev, 'case.requestInformation', {
    comment: 'Please send the signed order of the investigating judge.',
  });
  await signedOff(CASES.signed_off, 'disclose');
  await (
    await signedOff(CASES.returned, 'disclose')
  ).act(sup, 'case.return', { comment: 'Say why the number is needed for this offence.' });
  await reauthenticate(sup, APPROVER.password);
  await (await signedOff(CASES.approved, 'disclose')).act(sup, 'case.approve');
  await reauthenticate(sup, APPROVER.password);
  const refused = await (await signedOff(CASES.refused, 'decline')).act(sup, 'case.approve');
  await refused.act(sup, 'case.recordRefusal');
  await reauthenticate(sup, APPROVER.password);
  const closed = await (await signedOff(CASES.closed, 'decline')).act(sup, 'case.approve');
  await closed.act(sup, 'case.recordRefusal');
  await closed.act(sup, 'case.close');
  await Promise.all([rev.dispose(), caller.dispose(), sup.dispose()]);

  [reviewer, supervisor, admin] = await Promise.all([
    actor(browser),
    actor(browser),
    actor(browser),
  ]);
});

test.afterAll(async () => {
  await Promise.all([reviewer, supervisor, admin].map((a) => a?.context.close()));
});

async function openCase(page: Page, reference: string): Promise<void> {
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

test('the first-administrator and sign-in screens, with a refused sign-in', async () => {
  const { page } = reviewer;
  // The shared desk has its administrator by now; the set-up screen is shown as a fresh desk
  // would show it.
  await page.route('**/api/setup', (route) => route.fulfill({ json: { needsFirstAdmin: true } }));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  await expect(page).toHaveTitle('Create the first administrator — Disclosure Desk');
  await expectAccessible(page, 'the first-administrator screen');
  await page.unroute('**/api/setup');

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to Disclosure Desk' })).toBeVisible();
  await expectAccessible(page, 'the sign-in screen');
  await page.getByLabel('Username').fill(REVIEWER.username);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'the sign-in screen with its error');

  await page.goto('/#/enrol/an-enrolment-code-from-a-link');
  await expect(page.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  await expectAccessible(page, 'the enrolment screen');
});

test('the reviewer’s queue, the shortcuts and every status of a case', async () => {
  const { page } = reviewer;
  await signIn(page, REVIEWER);
  await expect(page.getByRole('heading', { level: 1, name: 'Queue' })).toBeVisible();
  await expectAccessible(page, 'the queue');

  await page.getByRole('button', { name: 'Shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectAccessible(page, 'the shortcuts dialog');
  await page.keyboard.press('Escape');

  for (const [status, reference] of Object.entries(CASES)) {
    await openCase(page, reference);
    await expectAccessible(page, `a case, ${status.replace('_', ' ')}`);
  }

  await openCase(page, CASES.ready);
  await page.getByRole('button', { name: 'Sign off', exact: true }).click();
  await expect(page.getByRole('dialog', { name: `Sign off case ${CASES.ready}` })).toBeVisible();
  await expectAccessible(page, 'the password prompt at sign-off');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign off', exact: true })).toBeFocused();

  await openCase(page, CASES.in_review);
  await page.getByText('Request information from the authority').click();
  await expectAccessible(page, 'a case in review, asking the authority for information');
});

test('the reviewer’s import and policy screens', async () => {
  const { page } = reviewer;
  await go(page, 'Import order');
  await expect(page.getByRole('heading', { level: 1, name: 'Import order' })).toBeVisible();
  await expectAccessible(page, 'the import screen');
  await page.getByRole('button', { name: 'Import typed order' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectAccessible(page, 'the import screen naming wrong fields');

  await go(page, 'Policy');
  await expect(page.getByRole('heading', { level: 1, name: 'Policy' })).toBeVisible();
  await expectAccessible(page, 'the policy, as a reviewer reads it');

  await page.getByRole('link', { name: new RegExp(REVIEWER.displayName) }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expectAccessible(page, 'the account screen: password and sessions');
});

test('the supervisor’s approvals, a case to approve and the password prompt', async () => {
  const { page } = supervisor;
  await signIn(page, APPROVER);
  await go(page, 'Approvals');
  await expect(page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  await expect(page.getByRole('link', { name: CASES.signed_off })).toBeVisible();
  await expectAccessible(page, 'the approvals inbox');

  await page.getByRole('link', { name: CASES.signed_off }).click();
  await expect(page.getByRole('button', { name: 'Approve' })).toBeVisible();
  await expectAccessible(page, 'a case awaiting approval');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(
    page.getByRole('dialog', { name: `Approve case ${CASES.signed_off}` }),
  ).toBeVisible();
  await expectAccessible(page, 'the password prompt at approval');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Approve' })).toBeFocused();
});

test('the administrator’s users and policy editor', async () => {
  const { page } = admin;
  await signIn(page, FIRST_ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expectAccessible(page, 'the users screen');
  await go(page, 'Policy');
  await expect(page.getByRole('heading', { level: 1, name: 'Policy' })).toBeVisible();
  await expectAccessible(page, 'the policy with its editor');
});

/** No sideways scroll, and the header's controls within the window. */
async function expectReflow(page: Page, what: string): Promise<void> {
  // What sticks out, innermost first, so a failure names the element to fix.
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      // Inside a container that scrolls on its own, sticking out is allowed.
      .filter((e) => !e.parentElement?.closest('.table-scroll'))
      .filter(
        (e) =>
          e.classList.contains('table-scroll') ||
          ![...e.children].some(
            (c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
          ),
      )
      .slice(0, 5)
      .map(
        (e) => `${e.tagName.toLowerCase()}.${e.className} “${(e.textContent ?? '').slice(0, 40)}”`,
      ),
  );
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    cutOff: [...document.querySelectorAll('header a, header button, main h1')]
      .filter((e) => {
        const box = e.getBoundingClientRect();
        return box.left < 0 || box.right > document.documentElement.clientWidth;
      })
      .map((e) => e.textContent),
  }));
  expect(overflow, `${what} at 320 CSS px; sticking out: ${wide.join('; ')}`).toEqual({
    page: 0,
    cutOff: [],
  });
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport();
}

test('at 320 CSS px wide the screens reflow: no sideways scroll, nothing cut off', async ({
  browser,
}) => {
  // 320 CSS px: a 1280 px window at 400 % zoom, as WCAG 1.4.10 measures it.
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await signIn(page, REVIEWER);
  await expect(page.getByRole('heading', { level: 1, name: 'Queue' })).toBeVisible();
  await expectReflow(page, 'the queue');
  await openCase(page, CASES.ready);
  await expectReflow(page, 'a case in review');
  await go(page, 'Import order');
  await expectReflow(page, 'the import screen');
  await go(page, 'Policy');
  await expectReflow(page, 'the policy');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Disclosure Desk' })).toBeVisible();
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBe(0);
  await context.close();
});
