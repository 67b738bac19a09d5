import { expect, test, type Page } from '@playwright/test';
import {
  actor,
  caseStatus,
  openFromQueue,
  saveReview,
  signIn,
  snapshot,
  type Account,
  type Actor,
} from './support';
import type { CaseDetail } from '../../shared/case-record';
import {
  createAccount,
  deskAdmins,
  importOrder,
  parisFraudOrder,
  runNames,
  signedInApi,
} from './desk-api';
import {
  outboxOnDisk,
  watchPushes,
  WorkstationDisk,
  type PushExchange,
} from './workstation-faults';

/**
 * Faults a workstation meets in the field, in a real Chromium: its disk fills up, and a
 * browser without the Web Locks API runs the desk in two tabs. The case service is shared with
 * the other spec files of the run, so people and cases carry names of their own.
 */
const names = runNames();
const FULL_DISK = names.account('fulldisk', 'Fiona Fulldisk');
const NO_LOCKS = names.account('nolocks', 'Nils Nolocks');
const WITH_LOCKS = names.account('withlocks', 'Wanda Withlocks');
const BUSY = names.account('busydesk', 'Bruno Busydesk');

const { reference } = names;
const QUOTA_A = reference('QUOTA-A');
const QUOTA_B = reference('QUOTA-B');
const QUOTA_NEW = [1, 2, 3].map((n) => reference(`QUOTA-NEW-${n}`));
const tabCases = (prefix: string) =>
  ['A', 'B', 'C', 'D'].map((letter) => reference(`${prefix}-${letter}`));
const NO_LOCKS_CASES = tabCases('NOLOCKS');
const WITH_LOCKS_CASES = tabCases('WEBLOCKS');
const BUSY_CASE = reference('BUSY-A');
/** Longer than the app's own 5-second round, so a push inside it would show. */
const BUSY_WAIT_SECONDS = 10;

const caseIds = new Map<string, string>();
let baseURL = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL: configured }) => {
  if (!configured) throw new Error('the Playwright config names no baseURL');
  baseURL = configured;
  const admins = await deskAdmins(baseURL);
  for (const account of [FULL_DISK, NO_LOCKS, WITH_LOCKS, BUSY]) {
    await createAccount(admins, account);
  }
  await admins.dispose();
  const intake = await signedInApi(baseURL, FULL_DISK);
  for (const ref of [QUOTA_A, QUOTA_B, ...NO_LOCKS_CASES, ...WITH_LOCKS_CASES, BUSY_CASE]) {
    caseIds.set(ref, await importOrder(intake, parisFraudOrder(ref)));
  }
  await intake.dispose();
});

/** The case's history as the case service records it: each action there exactly once. */
async function historiesOnServer(who: Account, references: readonly string[]) {
  const office = await signedInApi(baseURL, who);
  const histories = await Promise.all(
    references.map(async (ref) => {
      const response = await office.get(`/api/cases/${caseIds.get(ref)}`);
      expect(response.status(), await response.text()).toBe(200);
      return ((await response.json()) as CaseDetail).history.map((event) => event.action);
    }),
  );
  await office.dispose();
  return histories;
}

const pendingCount = (page: Page) => page.getByRole('status', { name: 'Pending actions' });
const notAccepted = (page: Page) => page.getByRole('button', { name: /^Not accepted/ });

async function startReview(page: Page, ref: string): Promise<void> {
  await openFromQueue(page, ref);
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(caseStatus(page)).toContainText('In review');
}

async function passScope(page: Page, ref: string): Promise<void> {
  await openFromQueue(page, ref);
  await page.getByRole('group', { name: 'Scope', exact: true }).getByLabel('Pass').check();
  await saveReview(page);
}

test.describe('the disk fills up', () => {
  let desk: Actor;
  let disk: WorkstationDisk;
  test.afterAll(async () => desk?.context.close());

  test('offline on a full disk, the reviewer is told the action was not recorded and loses nothing', async ({
    browser,
  }) => {
    desk = await actor(browser);
    const { page, context } = desk;
    disk = await WorkstationDisk.small(context, page, new URL(baseURL).origin);
    await signIn(page, FULL_DISK);
    // Opened once online, so the full cases are on the workstation.
    await openFromQueue(page, QUOTA_A);
    await openFromQueue(page, QUOTA_B);
    await expect(pendingCount(page)).toHaveText('All actions sent');

    await context.setOffline(true);
    await startReview(page, QUOTA_A);
    await startReview(page, QUOTA_B);
    await expect(pendingCount(page)).toHaveText('2 pending');
    const queued = await outboxOnDisk(page);
    expect(queued).toEqual({ seqs: [1, 2], nextSeq: '3' });

    await disk.fills();
    await page.getByRole('group', { name: 'Scope', exact: true }).getByLabel('Pass').check();
    await page.getByRole('button', { name: 'Save review' }).click();
    const storageAlert = page
      .getByRole('alert')
      .filter({ hasText: 'This workstation has run out of storage space for the case cache.' });
    // Once beside the action, once in the header where it stays until dismissed.
    await expect(storageAlert).toHaveCount(2);
    await expect(storageAlert.first()).toContainText('Your last action was not recorded');
    await expect(storageAlert.first()).toContainText('the actions already queued are kept');
    await snapshot(page, 'faults-01-disk-full');
    // The save is not half-written: no outbox row, no seq drawn, the case as it was, and the
    // reviewer's unsaved edit still on screen to try again.
    expect(await outboxOnDisk(page)).toEqual(queued);
    await expect(pendingCount(page)).toHaveText('2 pending');
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    await expect(caseStatus(page)).toContainText('In review');

    await disk.freed();
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect(page.getByText(/^Saved · version 3$/)).toBeVisible();
    await expect(pendingCount(page)).toHaveText('3 pending');
    await expect(storageAlert).toHaveCount(0);
    expect(await outboxOnDisk(page)).toEqual({ seqs: [1, 2, 3], nextSeq: '4' });
  });

  test('back online on a full disk, the reviewer is told sync is held up, and nothing is lost or doubled', async () => {
    const { page, context } = desk;
    // Meanwhile new orders arrive at the desk, which this workstation has no room for.
    const intake = await signedInApi(baseURL, FULL_DISK);
    for (const ref of QUOTA_NEW) caseIds.set(ref, await importOrder(intake, parisFraudOrder(ref)));
    await intake.dispose();
    await disk.fills();
    const pushes: PushExchange[] = [];
    const network = { up: false };
    await watchPushes(page, network, pushes);
    network.up = true;
    await context.setOffline(false);

    const syncAlert = page
      .getByRole('banner')
      .getByRole('alert')
      .filter({ hasText: 'This workstation has run out of storage space for the case cache' });
    const heldUp = 'the latest changes from the case service could not be stored';
    await expect(syncAlert).toContainText(heldUp, { timeout: 15_000 });
    // Nothing the reviewer did was lost, so the alert does not say so.
    await expect(syncAlert).toContainText('Your queued actions are kept');
    await expect(syncAlert).not.toContainText('Your last action was not recorded');
    await snapshot(page, 'faults-02-sync-held-up');
    // The service applied the queued actions, but the workstation could not store its answer:
    // they stay in the outbox rather than being lost.
    expect(await outboxOnDisk(page)).toEqual({ seqs: [1, 2, 3], nextSeq: '4' });
    await expect(pendingCount(page)).toHaveText('3 pending');
    expect(await historiesOnServer(FULL_DISK, [QUOTA_A, QUOTA_B])).toEqual([
      ['Order received', 'Review started'],
      ['Order received', 'Review started', 'Review saved'],
    ]);

    await disk.freed();
    await expect(syncAlert).toHaveCount(0, { timeout: 15_000 });
    await expect(pendingCount(page)).toHaveText('All actions sent');
    await expect(notAccepted(page)).toHaveCount(0);
    expect(await historiesOnServer(FULL_DISK, [QUOTA_A, QUOTA_B])).toEqual([
      ['Order received', 'Review started'],
      ['Order received', 'Review started', 'Review saved'],
    ]);
    // Sent again once there was room, the actions were answered as replays: applied once.
    const acks = pushes.flatMap((p) => p.acks);
    expect(acks.every((ack) => ack.status === 'applied')).toBe(true);
    expect(acks.filter((ack) => !ack.replayed).map((ack) => ack.seq)).toEqual([1, 2, 3]);
    expect(acks.filter((ack) => ack.replayed).map((ack) => ack.seq)).toContain(3);
    await openFromQueue(page, QUOTA_B);
    await expect(page.getByText(/^Saved · version 3$/)).toBeVisible();
    await expect(page.getByText('Pending — not yet accepted by the case service')).toHaveCount(0);
    // The new orders, held up by the full disk, are on the workstation now.
    for (const ref of QUOTA_NEW) await openFromQueue(page, ref);
  });
});

/**
 * One reviewer, two tabs of the desk in one browser: one IndexedDB, one outbox. Each tab takes
 * actions online, then offline; when the network returns both tabs sync at the same moment.
 */
async function workInTwoTabs(
  { context, page: left }: Actor,
  who: Account,
  [a, b, c, d]: readonly string[],
  network: { up: boolean },
): Promise<{ left: Page; right: Page }> {
  await signIn(left, who);
  const right = await context.newPage();
  await right.goto('/');
  await expect(right.getByText(who.displayName).first()).toBeVisible();
  // Opened online, so both tabs have the full cases they will work on offline.
  for (const ref of [a, b, c, d]) await openFromQueue(left, ref!);

  await Promise.all([startReview(left, a!), startReview(right, b!)]);
  for (const tab of [left, right]) {
    await expect(pendingCount(tab)).toHaveText('All actions sent', { timeout: 15_000 });
  }
  network.up = false;
  await context.setOffline(true);
  await Promise.all([passScope(left, a!), passScope(right, b!)]);
  await Promise.all([startReview(left, c!), startReview(right, d!)]);
  // One outbox: each tab counts the other's actions too.
  for (const tab of [left, right]) await expect(pendingCount(tab)).toHaveText('4 pending');
  await snapshot(right, `faults-tabs-${who.username}-offline`);
  return { left, right };
}

/** Both tabs settle with nothing pending, nothing refused, and the service's history exact. */
async function expectEachActionOnce(
  who: Account,
  { left, right }: { left: Page; right: Page },
  [a, b, c, d]: readonly string[],
): Promise<void> {
  for (const tab of [left, right]) {
    await expect(pendingCount(tab)).toHaveText('All actions sent', { timeout: 15_000 });
    await expect(notAccepted(tab)).toHaveCount(0);
  }
  expect(await historiesOnServer(who, [a!, b!, c!, d!])).toEqual([
    ['Order received', 'Review started', 'Review saved'],
    ['Order received', 'Review started', 'Review saved'],
    ['Order received', 'Review started'],
    ['Order received', 'Review started'],
  ]);
  // Each tab shows the other's work as the case service accepted it.
  await openFromQueue(left, b!);
  await expect(caseStatus(left)).toContainText('In review');
  await expect(left.getByText(/^Saved · version 3$/)).toBeVisible();
  await openFromQueue(right, a!);
  await expect(right.getByText(/^Saved · version 3$/)).toBeVisible();
  for (const tab of [left, right]) {
    await expect(tab.getByText('Pending — not yet accepted by the case service')).toHaveCount(0);
    await expect(tab.getByRole('alert')).toHaveCount(0);
  }
}

/** Every ack the service gave for a seq, across both tabs. */
function acksBySeq(pushes: readonly PushExchange[]): Map<number, PushExchange['acks']> {
  const bySeq = new Map<number, PushExchange['acks']>();
  for (const ack of pushes.flatMap((p) => p.acks)) {
    bySeq.set(ack.seq, [...(bySeq.get(ack.seq) ?? []), ack]);
  }
  return bySeq;
}

test.describe('two tabs of one reviewer', () => {
  let desk: Actor | undefined;
  test.afterEach(async () => desk?.context.close());

  test('without the Web Locks API, both tabs send the queue and the service applies it once', async ({
    browser,
  }) => {
    desk = await actor(browser);
    // A browser without Web Locks: the desk falls back to a lock inside each tab.
    await desk.context.addInitScript(() => {
      delete (Navigator.prototype as { locks?: unknown }).locks;
    });
    const network = { up: true };
    const tabs = await workInTwoTabs(desk, NO_LOCKS, NO_LOCKS_CASES, network);
    for (const tab of [tabs.left, tabs.right]) {
      expect(await tab.evaluate(() => 'locks' in navigator)).toBe(false);
    }

    // Back online, each tab's first push is held until the other tab has sent its own, so the
    // same queued actions reach the service twice, at the same moment.
    const pushes = { left: [] as PushExchange[], right: [] as PushExchange[] };
    let bothSent = () => {};
    const together = new Promise<void>((resolve) => (bothSent = resolve));
    const holdUntilBothSent = async () => {
      if (pushes.left.length > 0 && pushes.right.length > 0) bothSent();
      await Promise.race([together, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    };
    await watchPushes(tabs.left, network, pushes.left, holdUntilBothSent);
    await watchPushes(tabs.right, network, pushes.right, holdUntilBothSent);
    network.up = true;
    await desk.context.setOffline(false);
    await expectEachActionOnce(NO_LOCKS, tabs, NO_LOCKS_CASES);

    const offlineSeqs = [3, 4, 5, 6];
    expect(pushes.left[0]?.seqs).toEqual(offlineSeqs);
    expect(pushes.right[0]?.seqs).toEqual(offlineSeqs);
    const acks = acksBySeq([...pushes.left, ...pushes.right]);
    for (const seq of offlineSeqs) {
      const forSeq = acks.get(seq) ?? [];
      expect(forSeq.every((ack) => ack.status === 'applied')).toBe(true);
      // Applied by one delivery; the other is told the decision already made.
      expect(forSeq.filter((ack) => !ack.replayed)).toHaveLength(1);
      expect(forSeq.filter((ack) => ack.replayed)).toHaveLength(1);
    }
  });

  test('with the Web Locks API, the tabs take turns and each action is sent once', async ({
    browser,
  }) => {
    desk = await actor(browser);
    const network = { up: true };
    const left: PushExchange[] = [];
    const right: PushExchange[] = [];
    await watchPushes(desk.page, network, left);
    desk.context.on('page', (page) => void watchPushes(page, network, right));
    const tabs = await workInTwoTabs(desk, WITH_LOCKS, WITH_LOCKS_CASES, network);
    network.up = true;
    await desk.context.setOffline(false);
    await expectEachActionOnce(WITH_LOCKS, tabs, WITH_LOCKS_CASES);

    const sent = [...left, ...right].flatMap((p) => p.seqs);
    expect(sent.toSorted((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
    const acks = [...left, ...right].flatMap((p) => p.acks);
    expect(acks.every((ack) => ack.status === 'applied' && !ack.replayed)).toBe(true);

    // The right tab stays on case A while the left tab saves it again: the left tab sends the
    // action and pulls the change, yet the right tab's screen follows without being reopened.
    const [a] = WITH_LOCKS_CASES;
    await expect(tabs.right.getByText(/^Saved · version 3$/)).toBeVisible();
    await openFromQueue(tabs.left, a!);
    await tabs.left
      .getByRole('group', { name: 'Instrument', exact: true })
      .getByLabel('Pass')
      .check();
    await saveReview(tabs.left);
    await expect(tabs.left.getByText(/^Saved · version 4$/)).toBeVisible();
    await expect(tabs.right.getByText(/^Saved · version 4$/)).toBeVisible();
  });
});

test('a case service too busy to take a push says so, is left alone for the wait it asks, and the queued action is sent by itself once it can', async ({
  browser,
}) => {
  const desk = await actor(browser);
  const { page } = desk;
  await signIn(page, BUSY);
  // The service turns pushes away as its write gate does when too many wait: 503, nothing done.
  let turnedAway = 0;
  await page.route('**/api/sync/push', async (route) => {
    turnedAway += 1;
    await route.fulfill({
      status: 503,
      headers: { 'Retry-After': String(BUSY_WAIT_SECONDS) },
      contentType: 'application/json',
      body: JSON.stringify({
        error: { code: 'busy', message: 'The case service has too many changes waiting.' },
      }),
    });
  });
  await startReview(page, BUSY_CASE);
  const heldUp = page.getByRole('status', { name: 'Sync held up' });
  await expect(heldUp).toHaveText(
    'The case service is busy. Your actions are kept on this workstation and are sent again in a few seconds.',
  );
  await expect(pendingCount(page)).toHaveText('1 pending');
  expect(turnedAway).toBe(1);
  expect(await historiesOnServer(BUSY, [BUSY_CASE])).toEqual([['Order received']]);
  // The app's own round comes every 5 seconds, and a regained focus asks for one too: neither
  // pushes again while the service's wait runs.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await page.waitForTimeout(6000);
  expect(turnedAway).toBe(1);

  await page.unroute('**/api/sync/push');
  await expect(pendingCount(page)).toHaveText('All actions sent', { timeout: 20_000 });
  await expect(heldUp).toHaveCount(0);
  await expect(notAccepted(page)).toHaveCount(0);
  expect(await historiesOnServer(BUSY, [BUSY_CASE])).toEqual([
    ['Order received', 'Review started'],
  ]);
  await desk.context.close();
});
