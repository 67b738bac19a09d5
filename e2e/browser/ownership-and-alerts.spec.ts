import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import {
  CALL_BACK,
  CaseDriver,
  courtReview,
  frankfurtCourtOrder,
  reauthenticate,
} from './case-states';
import { createAccount, deskAdmins, importOrder, runNames, signedInApi } from './desk-api';
import { actor, go, signIn, type Actor } from './support';

// Who holds a case, and who is told what: a second reviewer reads a held case without being
// able to change it; the holder is notified of a new emergency and of a case returned to them;
// a supervisor starts at Approvals with the count of sign-offs awaiting them.

const names = runNames();
const HOLDER = names.account('own-holder', 'Hanna Holder');
const OTHER = names.account('own-other', 'Otto Other');
const CALLER = names.account('own-caller', 'Cleo Caller', 'supervisor');
const SUPERVISOR = names.account('own-supervisor', 'Sven Supervisor', 'supervisor');
const HELD = names.reference('OWN-HELD');
const SIGNED = names.reference('OWN-SIGNED');
const EMERGENCY = names.reference('OWN-EMERGENCY');

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let holderApi: APIRequestContext;
let callerApi: APIRequestContext;
let supervisorApi: APIRequestContext;
let held: CaseDriver;
let signed: CaseDriver;
let holder: Actor;
let other: Actor;
let supervisor: Actor;

/** Every notification the page creates, captured instead of shown. */
const CAPTURE_NOTIFICATIONS = () => {
  const shown: { title: string; body: string }[] = [];
  (window as unknown as { shownNotifications: typeof shown }).shownNotifications = shown;
  class CapturedNotification {
    static permission = 'granted';
    static requestPermission = () => Promise.resolve('granted');
    constructor(title: string, options?: { body?: string }) {
      shown.push({ title, body: options?.body ?? '' });
    }
  }
  Object.defineProperty(window, 'Notification', { value: CapturedNotification });
};

const notificationTitles = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { shownNotifications: { title: string; body: string }[] }
    ).shownNotifications.map((n) => `${n.title}: ${n.body}`),
  );

test.beforeAll(async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('the Chromium project sets a baseURL');
  const admins = await deskAdmins(baseURL);
  for (const account of [HOLDER, OTHER, CALLER, SUPERVISOR]) await createAccount(admins, account);
  await admins.dispose();
  holderApi = await signedInApi(baseURL, HOLDER);
  callerApi = await signedInApi(baseURL, CALLER);
  supervisorApi = await signedInApi(baseURL, SUPERVISOR);

  held = new CaseDriver(await importOrder(callerApi, frankfurtCourtOrder(HELD)));
  await held.act(holderApi, 'case.claim');
  await held.act(holderApi, 'case.startReview');

  signed = new CaseDriver(await importOrder(callerApi, frankfurtCourtOrder(SIGNED)));
  await signed.act(callerApi, 'case.recordVerification', {
    verification: { ...CALL_BACK, calledBy: CALLER.displayName },
  });
  await signed.act(holderApi, 'case.startReview');
  await signed.act(holderApi, 'case.saveReview', { review: courtReview('disclose') });
  await reauthenticate(holderApi, HOLDER.password);
  await signed.act(holderApi, 'case.signOff');

  [holder, other, supervisor] = await Promise.all([actor(browser), actor(browser), actor(browser)]);
  await holder.context.grantPermissions(['notifications']);
  await holder.context.addInitScript(CAPTURE_NOTIFICATIONS);
});

test.afterAll(async () => {
  await Promise.all([holderApi, callerApi, supervisorApi].map((a) => a?.dispose()));
  await Promise.all([holder, other, supervisor].map((a) => a?.context.close()));
});

test('a second reviewer reads a held case but cannot change it', async () => {
  const { page } = other;
  await signIn(page, OTHER);
  await page.goto(`/#/cases/${encodeURIComponent(held.caseId)}`);
  await expect(page.getByRole('heading', { level: 1, name: `Case ${HELD}` })).toBeVisible();
  const holding = page.getByRole('region', { name: 'Who holds this case' });
  await expect(holding).toContainText(`Held by ${HOLDER.displayName}`);
  await expect(holding).toContainText('only they may change it');
  await expect(page.getByRole('button', { name: 'Save review' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Claim this case' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start review' })).toHaveCount(0);
  await expectAccessible(page, 'a case held by someone else');
});

test('a reviewer reads the policy in force, and any other version, with its sources', async () => {
  const { page } = other;
  await go(page, 'Policy');
  const view = page.getByRole('region', { name: /^Policy version / });
  await expect(view.getByRole('heading', { name: 'Jurisdictions and routes' })).toBeVisible();
  await expect(view.getByRole('table', { name: 'Terms of Service catalogue' })).toBeVisible();
  await expect(view.getByRole('table', { name: 'Authority directory' })).toContainText(
    'Amtsgericht Frankfurt am Main',
  );
  await expect(view.getByRole('article', { name: 'Germany' })).toContainText(
    /domestic-order route.*Strafprozessordnung/,
  );
  await expectAccessible(page, 'the policy’s structured view');
  const read = page.getByRole('button', { name: /^Read version / });
  const oldest = read.last();
  const version = ((await oldest.textContent()) ?? '').replace('Read version ', '');
  await oldest.click();
  await expect(page.getByRole('region', { name: `Policy version ${version}` })).toBeVisible();
});

test('a supervisor lands on Approvals, with the count of sign-offs awaiting them', async () => {
  const { page } = supervisor;
  await signIn(page, SUPERVISOR);
  await expect(page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  const approvals = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
    name: /Approvals/,
  });
  await expect(approvals).toContainText(/\d+ awaiting approval/);
  const count = Number((await approvals.locator('.count-badge').textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThanOrEqual(1);
  await expectAccessible(page, 'Approvals with its count');
});

test('the holder is told of a new emergency and of a case returned to them', async () => {
  const { page } = holder;
  await signIn(page, HOLDER);
  // What is there at sign-in is not news: the first sync round ends before the order arrives.
  await page.waitForTimeout(8000);
  expect(await notificationTitles(page)).toEqual([]);

  await importOrder(callerApi, { ...frankfurtCourtOrder(EMERGENCY), emergency: true });
  await expect
    .poll(() => notificationTitles(page), { timeout: 30_000 })
    .toContain(`New emergency order: Case ${EMERGENCY} from Amtsgericht Frankfurt am Main`);

  await signed.act(supervisorApi, 'case.return', { comment: 'Say why the number is needed.' });
  await expect
    .poll(() => notificationTitles(page), { timeout: 30_000 })
    .toContain(`A case was returned to you: Case ${SIGNED} from Amtsgericht Frankfurt am Main`);
  const titles = await notificationTitles(page);
  expect(titles.filter((t) => t.startsWith('A case was returned to you'))).toHaveLength(1);

  await page.goto(`/#/cases/${encodeURIComponent(signed.caseId)}`);
  await expect(page.getByRole('region', { name: 'Who holds this case' })).toContainText(
    'Returned to you',
  );
});
