/*
 * The queue triages: each saved view lists exactly its cases, a target's phone number finds
 * its case however it is typed, the view and filters live in the address, and supervisors
 * work from the same table, with the cases they may not approve marked.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import {
  CALL_BACK,
  CaseDriver,
  courtReview,
  frankfurtCourtOrder,
  reauthenticate,
} from './case-states';
import { createAccount, deskAdmins, importOrder, runNames, signedInApi } from './desk-api';
import { actor, go, signIn, toggleFilter, type Actor } from './support';

const names = runNames();
const MARK = names.reference('qv').slice(3).toLowerCase();
const ME = names.account('qv-me', 'Mona Queue');
const OTHER = names.account('qv-other', 'Otto Other');
const CALLER = names.account('qv-caller', 'Carla Caller', 'supervisor');
const BOSS = names.account('qv-boss', 'Bruno Boss', 'supervisor');

const CASES = {
  mine: names.reference('QV-MINE'),
  theirs: names.reference('QV-THEIRS'),
  unassigned: names.reference('QV-UNASSIGNED'),
  urgent: names.reference('QV-URGENT'),
  overdue: names.reference('QV-OVERDUE'),
  returned: names.reference('QV-RETURNED'),
  awaitingA: names.reference('QV-AWAITING-A'),
  awaitingB: names.reference('QV-AWAITING-B'),
  closed: names.reference('QV-CLOSED'),
} as const;

/** A phone number of this run's own, so no other spec's case shares it. */
const PHONE = `+49170${String(Date.now()).slice(-7)}`;
const PHONE_SPACED = `${PHONE.slice(0, 3)} ${PHONE.slice(3, 6)} ${PHONE.slice(6, 9)} ${PHONE.slice(9)}`;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let reviewer: Actor;
let supervisor: Actor;

test.beforeAll(async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('the Playwright config names no baseURL');
  const admins = await deskAdmins(baseURL);
  for (const person of [ME, OTHER, CALLER, BOSS]) await createAccount(admins, person);
  await admins.dispose();
  const me = await signedInApi(baseURL, ME);
  const other = await signedInApi(baseURL, OTHER);
  const caller = await signedInApi(baseURL, CALLER);
  const boss = await signedInApi(baseURL, BOSS);

  const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
  const open = async (
    reference: string,
    changes: Record<string, unknown> = {},
    calledBy = caller,
    callerName = CALLER.displayName,
  ) => {
    const driven = new CaseDriver(
      await importOrder(other, {
        ...frankfurtCourtOrder(reference),
        receivedAt: anHourAgo,
        ...changes,
      }),
    );
    await driven.act(calledBy, 'case.recordVerification', {
      verification: { ...CALL_BACK, calledBy: callerName, verifiedAt: new Date().toISOString() },
    });
    return driven;
  };
  const signedOff = async (driven: CaseDriver) => {
    await driven.act(me, 'case.startReview');
    await driven.act(me, 'case.saveReview', { review: courtReview('disclose') });
    await reauthenticate(me, ME.password);
    return driven.act(me, 'case.signOff');
  };

  await (await open(CASES.mine)).act(me, 'case.startReview');
  await (await open(CASES.theirs)).act(other, 'case.startReview');
  await open(CASES.unassigned);
  await open(CASES.urgent, {
    emergency: true,
    targets: [{ identifier: { kind: 'phone', value: PHONE }, status: 'suspect' }],
  });
  await open(CASES.overdue, { receivedAt: '2026-06-01T09:00:00Z' });
  await (
    await signedOff(await open(CASES.returned))
  ).act(boss, 'case.return', { comment: 'Say why the number is needed for this offence.' });
  await signedOff(await open(CASES.awaitingA));
  // The supervisor who will look at the approvals recorded this one's call-back.
  await signedOff(await open(CASES.awaitingB, {}, boss, BOSS.displayName));
  await reauthenticate(boss, BOSS.password);
  await (await signedOff(await open(CASES.closed))).act(boss, 'case.approve');
  await Promise.all([me, other, caller, boss].map((c) => c.dispose()));

  [reviewer, supervisor] = await Promise.all([actor(browser), actor(browser)]);
});

test.afterAll(async () => {
  await Promise.all([reviewer, supervisor].map((a) => a?.context.close()));
});

/** The references the grid lists, in alphabetical order. */
async function listed(page: Page, grid = 'Cases'): Promise<string[]> {
  const links = page.getByRole('grid', { name: grid }).getByRole('link');
  return (await links.allTextContents()).sort();
}

async function openView(page: Page, view: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: view })
    .click();
  await expect(
    page.getByRole('navigation', { name: 'Saved views' }).getByRole('link', { name: view }),
  ).toHaveAttribute('aria-current', 'page');
}

test('each saved view lists exactly its cases', async () => {
  const { page } = reviewer;
  await signIn(page, ME);
  await go(page, 'Queue');
  const views: [string, string[]][] = [
    [
      'All open',
      [
        CASES.mine,
        CASES.theirs,
        CASES.unassigned,
        CASES.urgent,
        CASES.overdue,
        CASES.returned,
        CASES.awaitingA,
        CASES.awaitingB,
      ],
    ],
    ['My cases', [CASES.mine, CASES.returned, CASES.awaitingA, CASES.awaitingB]],
    ['Unassigned', [CASES.unassigned, CASES.urgent, CASES.overdue]],
    ['Due in 24 h', [CASES.urgent]],
    ['Overdue', [CASES.overdue]],
    ['Emergencies', [CASES.urgent]],
    ['Returned', [CASES.returned]],
    ['Awaiting approval', [CASES.awaitingA, CASES.awaitingB]],
    ['Closed', [CASES.closed]],
  ];
  await page.getByLabel('Search cases').fill(MARK);
  for (const [view, expected] of views) {
    await openView(page, view);
    // A view link starts the view afresh: the search is typed again.
    await page.getByLabel('Search cases').fill(MARK);
    await expect.poll(() => listed(page), { message: view }).toEqual([...expected].sort());
  }
});

test('the most urgent case comes first, with a timer', async () => {
  const { page } = reviewer;
  await openView(page, 'All open');
  await page.getByLabel('Search cases').fill(MARK);
  const firstRow = page.getByRole('grid', { name: 'Cases' }).getByRole('row').nth(1);
  await expect(firstRow.getByRole('link')).toHaveText(CASES.urgent);
  await expect(firstRow).toContainText(/\d+ h \d+ min left/);
  await expectAccessible(page, 'queue with saved views');
});

test('a target’s phone number finds its case however it is spaced', async () => {
  const { page } = reviewer;
  await openView(page, 'All cases');
  await page.getByLabel('Search cases').fill(PHONE_SPACED);
  await expect.poll(() => listed(page)).toEqual([CASES.urgent]);
  await page.getByLabel('Search cases').fill(PHONE);
  await expect.poll(() => listed(page)).toEqual([CASES.urgent]);
});

test('view, filters and sort stay in the address, and "no results" offers to clear them', async () => {
  const { page } = reviewer;
  await openView(page, 'Unassigned');
  await page.getByLabel('Search cases').fill(MARK);
  await toggleFilter(page, 'Status', 'Received');
  await page.getByRole('columnheader', { name: 'Reference' }).getByRole('button').click();
  await expect(page).toHaveURL(/view=unassigned/);
  await expect(page).toHaveURL(/status=received/);
  await expect(page).toHaveURL(/sort=reference%3Aasc|sort=reference:asc/);
  await page.reload();
  await expect(page.getByLabel('Search cases')).toHaveValue(MARK);
  await expect(page.getByRole('columnheader', { name: 'Reference' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const references = page.getByRole('grid', { name: 'Cases' }).getByRole('link');
  await expect(references).toHaveText([CASES.overdue, CASES.unassigned, CASES.urgent].sort());

  await toggleFilter(page, 'Status', 'Signed off');
  await toggleFilter(page, 'Status', 'Received');
  await expect(page.getByText('No cases match these filters.')).toBeVisible();
  await expectAccessible(page, 'queue with no results');
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page.getByLabel('Search cases')).toHaveValue('');
  await expect(page).toHaveURL(/view=unassigned/);
  await expect(page).not.toHaveURL(/status=/);
});

test('a saved view is a step in the history: Back returns to the view and search before it', async () => {
  const { page } = reviewer;
  await openView(page, 'Unassigned');
  await page.getByLabel('Search cases').fill(MARK);
  const unassigned = [CASES.overdue, CASES.unassigned, CASES.urgent].sort();
  await expect.poll(() => listed(page)).toEqual(unassigned);

  const overdue = page
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: 'Overdue' });
  // The link still names its view, for a new tab or a copied address.
  await expect(overdue).toHaveAttribute('href', /view=overdue/);
  await openView(page, 'Overdue');
  await expect(page).toHaveURL(/view=overdue/);
  await expect(page.getByLabel('Search cases')).toHaveValue('');

  await page.goBack();
  await expect(
    page.getByRole('navigation', { name: 'Saved views' }).getByRole('link', { name: 'Unassigned' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveURL(/view=unassigned/);
  await expect(page.getByLabel('Search cases')).toHaveValue(MARK);
  await expect.poll(() => listed(page)).toEqual(unassigned);

  await page.goForward();
  await expect(overdue).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Search cases')).toHaveValue('');
});

test('a case opened in the same moment as a search still comes Back to the search', async () => {
  const { page } = reviewer;
  await openView(page, 'Unassigned');
  const search = page.getByLabel('Search cases');
  await expect(search).toHaveValue('');
  const link = page.getByRole('grid', { name: 'Cases' }).getByRole('link').first();
  const opened = await link.innerText();
  // The search and the click on a case listed before it, in one task: the address the search
  // gave the queue must enter the history before the case's does.
  await page.evaluate((mark) => {
    const field = document.querySelector<HTMLInputElement>('main input[type="search"]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, mark);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector<HTMLAnchorElement>('main [role="grid"] a')!.click();
  }, MARK);
  await expect(page.getByRole('heading', { level: 1, name: `Case ${opened}` })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`q=${MARK}`));
  await expect(search).toHaveValue(MARK);
  await expect(
    page.getByRole('navigation', { name: 'Saved views' }).getByRole('link', { name: 'Unassigned' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('supervisors approve from the same table, sorted, filtered, with their own cases marked', async () => {
  const { page } = supervisor;
  await signIn(page, BOSS);
  await go(page, 'Approvals');
  await page.getByLabel('Search cases').fill(MARK);
  const grid = page.getByRole('grid', { name: 'Signed-off cases awaiting approval' });
  const references = grid.getByRole('link');
  await expect
    .poll(() => listed(page, 'Signed-off cases awaiting approval'))
    .toEqual([CASES.awaitingA, CASES.awaitingB]);
  await expect(grid.getByRole('columnheader', { name: 'Overrides' })).toBeVisible();

  const reference = grid.getByRole('columnheader', { name: 'Reference' });
  await reference.getByRole('button').click();
  await expect(reference).toHaveAttribute('aria-sort', 'ascending');
  await expect(references).toHaveText([CASES.awaitingA, CASES.awaitingB]);
  await reference.getByRole('button').click();
  await expect(reference).toHaveAttribute('aria-sort', 'descending');
  await expect(references).toHaveText([CASES.awaitingB, CASES.awaitingA]);

  const rowOf = (ref: string) =>
    grid.getByRole('row').filter({ has: page.getByRole('link', { name: ref }) });
  await expect(rowOf(CASES.awaitingB)).toContainText('You may not approve');
  await expect(rowOf(CASES.awaitingA)).not.toContainText('You may not approve');
  await expect(rowOf(CASES.awaitingA)).toContainText('None');

  await page.getByLabel('Search cases').fill(CASES.awaitingA);
  await expect(references).toHaveText([CASES.awaitingA]);
  await toggleFilter(page, 'Country', 'Germany');
  await expect(references).toHaveText([CASES.awaitingA]);
  await expectAccessible(page, 'approvals table');
});
