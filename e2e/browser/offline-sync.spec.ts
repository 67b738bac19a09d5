import { expect, test, type Page } from '@playwright/test';
import {
  createAccount,
  deskAdmins,
  importOrder,
  parisFraudOrder,
  runNames,
  signedInApi,
} from './desk-api';
import {
  caseStatus,
  connectionStatus,
  confirmWithPassword,
  decide,
  go,
  openFromQueue,
  passAllChecks,
  saveReview,
  signIn,
  snapshot,
  actor,
  type Actor,
} from './support';

/**
 * The case service and its database are shared with the other spec files of the run, so
 * everything here is created with names of its own. The first administrator is the one the
 * lifecycle spec creates, or made here when this file runs alone.
 */
const names = runNames();
const TRAVELLER = names.account('traveller', 'Tess Traveller');
const APPROVER = names.account('approver', 'Ada Approver', 'supervisor');

const CASE_A = names.reference('OFF-A');
const CASE_B = names.reference('OFF-B');
const CASE_C = names.reference('OFF-C');
const DECISION = 'Phone number of user id 5012345678';

test.describe.configure({ mode: 'serial' });

let traveller: Actor;
/** The traveller's second workstation. */
let otherDesk: Actor;
let approver: Actor;

test.beforeAll(async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('the Playwright config names no baseURL');
  const admins = await deskAdmins(baseURL);
  for (const person of [TRAVELLER, APPROVER]) await createAccount(admins, person);
  await admins.dispose();

  const intake = await signedInApi(baseURL, TRAVELLER);
  const caller = await signedInApi(baseURL, APPROVER);
  for (const reference of [CASE_A, CASE_B, CASE_C]) {
    const caseId = await importOrder(intake, parisFraudOrder(reference));
    // The court is not in the authority directory: a colleague makes the call-back, online,
    // before the traveller leaves.
    const called = await caller.post('/api/mutations', {
      data: {
        name: 'case.recordVerification',
        args: {
          caseId,
          version: 1,
          verification: {
            calledBy: APPROVER.displayName,
            contactName: 'Greffier du cabinet n° 2',
            channel: 'phone',
            contactUsed: '+33 1 44 32 50 50',
            source: 'registry',
            sourceReference: 'Annuaire des juridictions, ministère de la Justice',
            verifiedAt: '2026-11-24T10:00:00Z',
            outcome: 'confirmed',
            note: '',
          },
        },
      },
    });
    expect(called.status(), await called.text()).toBe(200);
  }
  await Promise.all([intake.dispose(), caller.dispose()]);

  [traveller, otherDesk, approver] = await Promise.all([
    actor(browser),
    actor(browser),
    actor(browser),
  ]);
});

test.afterAll(async () => {
  await Promise.all([traveller, otherDesk, approver].map((a) => a?.context.close()));
});

const pendingCount = (page: Page) => page.getByRole('status', { name: 'Pending actions' });

/** Asked from the page; the app-shell worker never answers for /api, so this is the network. */
const reachesCaseService = (page: Page) =>
  page.evaluate(() =>
    fetch('/api/setup').then(
      () => true,
      () => false,
    ),
  );

async function reviewAndSignOffOffline(page: Page, reference: string): Promise<void> {
  await openFromQueue(page, reference);
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(caseStatus(page)).toContainText('In review');
  await expect(page.getByRole('status', { name: 'Pending on this case' })).toBeVisible();
  await passAllChecks(page);
  await page
    .getByLabel('Note on authenticity')
    .fill('Called the greffe back on the number in the ministry directory.');
  await decide(page, DECISION, 'Disclose');
  await saveReview(page);
  await expect(page.getByText('You are offline: the sign-off is queued')).toBeVisible();
  await page.getByRole('button', { name: 'Sign off', exact: true }).click();
  await expect(caseStatus(page)).toContainText('Signed off');
  // Labelled as pending: nothing is disclosed on the strength of this workstation's state.
  await expect(page.getByText('Pending — not yet accepted by the case service')).toBeVisible();
}

test('a reviewer works offline: two sign-offs are queued and survive a reload', async () => {
  const { page, context } = traveller;
  await signIn(page, TRAVELLER);
  // Opened once online, so the full cases are on the workstation before the train leaves, and
  // the app itself is kept for offline use.
  await openFromQueue(page, CASE_A);
  await openFromQueue(page, CASE_B);
  await expect(pendingCount(page)).toHaveText('All actions sent');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
    .toBe('activated');

  await context.setOffline(true);
  await expect(connectionStatus(page)).toHaveText('Offline');
  await reviewAndSignOffOffline(page, CASE_A);
  await reviewAndSignOffOffline(page, CASE_B);
  await expect(pendingCount(page)).toHaveText('6 pending');
  await go(page, 'Queue');
  await expect(page.getByRole('row', { name: new RegExp(CASE_A) })).toContainText('pending');
  await snapshot(page, 'offline-01-queued');

  // Still without any network: the app comes from this workstation's copy and reopens the
  // reviewer's own cases, with every action still only in IndexedDB.
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(pendingCount(page)).toHaveText('6 pending');
  await expect(page.getByText(TRAVELLER.displayName).first()).toBeVisible();
  expect(await reachesCaseService(page)).toBe(false);
  await openFromQueue(page, CASE_A);
  await expect(caseStatus(page)).toContainText('Signed off');
  await expect(page.getByText('Pending — not yet accepted by the case service')).toBeVisible();
});

test('back online after the session ended, the reviewer signs in again and the queued sign-offs are accepted', async () => {
  const { page, context } = traveller;
  // A day on the train outlasts the session's idle timeout: the service no longer knows it.
  await context.clearCookies();
  await context.setOffline(false);
  await expect(page.getByRole('note')).toContainText(
    'ended with 6 actions not yet sent to the case service',
  );
  await page.getByLabel('Username').fill(TRAVELLER.username);
  await page.getByLabel('Password', { exact: true }).fill(TRAVELLER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The first case's start and save went through; its sign-off waits for the password (never
  // stored), and the second case's actions wait behind it, in the order they were taken.
  const confirm = page.getByRole('button', { name: 'Confirm queued decision' });
  await expect(confirm).toBeVisible({ timeout: 15_000 });
  await expect(pendingCount(page)).toHaveText('4 pending');
  await confirm.click();
  await confirmWithPassword(page, TRAVELLER.password, 'Confirm and send');
  await expect(pendingCount(page)).toHaveText('All actions sent');
  await expect(page.getByText('Pending — not yet accepted by the case service')).toHaveCount(0);
  await expect(caseStatus(page)).toContainText('Signed off');
});

test('the supervisor sees both sign-offs', async () => {
  const { page } = approver;
  await signIn(page, APPROVER);
  await go(page, 'Approvals');
  await expect(page.getByRole('link', { name: CASE_A })).toBeVisible();
  await expect(page.getByRole('link', { name: CASE_B })).toBeVisible();
  await page.getByRole('link', { name: CASE_A }).click();
  await expect(page.getByText(`Signed off by ${TRAVELLER.displayName}`)).toBeVisible();
});

test('a conflicting offline edit from the holder’s second workstation is refused with its reason', async () => {
  // Only the holder edits a case in review, so the conflict comes from the same reviewer's
  // other workstation, where an older copy of the case was opened.
  const first = traveller;
  const second = otherDesk;
  await openFromQueue(first.page, CASE_C);
  await first.page.getByRole('button', { name: 'Start review' }).click();
  await expect(caseStatus(first.page)).toContainText('In review');
  await expect(pendingCount(first.page)).toHaveText('All actions sent');

  await signIn(second.page, TRAVELLER);
  await openFromQueue(second.page, CASE_C);
  await expect(caseStatus(second.page)).toContainText('In review');

  await Promise.all([first.context.setOffline(true), second.context.setOffline(true)]);
  await first.page.getByRole('group', { name: 'Scope', exact: true }).getByLabel('Pass').check();
  await saveReview(first.page);
  await second.page
    .getByRole('group', { name: 'Instrument', exact: true })
    .getByLabel('Fail')
    .check();
  await second.page.getByLabel('Note on instrument').fill('A photocopy without a seal.');
  await saveReview(second.page);

  await first.context.setOffline(false);
  await expect(pendingCount(first.page)).toHaveText('All actions sent', { timeout: 15_000 });
  await second.context.setOffline(false);
  const refused = second.page.getByRole('button', { name: 'Not accepted (1)' });
  await expect(refused).toBeVisible({ timeout: 15_000 });
  await expect(pendingCount(second.page)).toHaveText('All actions sent');
  await refused.click();
  const panel = second.page.getByRole('region', { name: 'Not accepted' });
  await expect(panel).toContainText('Save review');
  await expect(panel.getByRole('alert')).toContainText('This case has changed since you opened it');
  await expect(panel.getByRole('table')).toContainText('Yours (not accepted)');
  await expect(panel.getByRole('table')).toContainText('Current on the server');
  await snapshot(second.page, 'offline-02-conflict');

  // Redo on the current state: the server decides again, now against the current version.
  await panel.getByRole('button', { name: 'Redo on the current version' }).click();
  await expect(refused).toHaveCount(0);
  await expect(pendingCount(second.page)).toHaveText('All actions sent', { timeout: 15_000 });
});
