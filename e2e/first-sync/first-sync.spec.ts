import { expect, test, type Page } from '@playwright/test';
import {
  actor,
  cachedCaseCount,
  go,
  signIn,
  snapshot,
  toggleFilter,
  type Account,
  type Actor,
} from '../browser/support';
import { createAccount, deskAdmins } from '../browser/desk-api';
import { FIRST_SYNC_CASES } from './seeded-desk';

/**
 * A reviewer's first day at a new workstation, on a desk that already holds thousands of
 * cases: the first sync pulls a first page of 500, then pages that double up to 2000, and shows
 * how far it has come; the queue works from what has arrived while the rest is on its way.
 */
const RUN = Date.now().toString(36);
const NEWCOMER: Account = {
  username: `newcomer-${RUN}`,
  displayName: `Nora Newcomer ${RUN}`,
  password: 'a passphrase for the first day at the desk',
  role: 'reviewer',
};
/** The first page a new workstation pulls: small, so the queue has something soon. */
const FIRST_PAGE = 500;
const count = new Intl.NumberFormat('en-GB');

test.beforeAll(async ({ baseURL }) => {
  if (!baseURL) throw new Error('the Playwright config names no baseURL');
  const admins = await deskAdmins(baseURL);
  await createAccount(admins, NEWCOMER);
  await admins.dispose();
});

let desk: Actor;
test.afterAll(async () => desk?.context.close());

/**
 * The workstation's link is slow: every page of changes after the first is fetched from the
 * case service as usual but handed to the app only when `arrive` is called.
 */
async function slowLink(page: Page): Promise<{ arrive: () => void }> {
  let arrive = () => {};
  const laterPages = new Promise<void>((resolve) => (arrive = resolve));
  await page.route(
    (url) => url.pathname === '/api/cases',
    async (route) => {
      const response = await route.fetch();
      if (new URL(route.request().url()).searchParams.has('cursor')) await laterPages;
      await route.fulfill({ response });
    },
  );
  return { arrive };
}

test('the first sync shows its progress and the queue is usable before it ends', async ({
  browser,
}) => {
  desk = await actor(browser);
  const { page } = desk;
  const link = await slowLink(page);
  await signIn(page, NEWCOMER);

  const progress = page.getByRole('progressbar', { name: 'Sync progress' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('value', String(FIRST_PAGE));
  await expect(progress).toHaveAttribute('max', String(FIRST_SYNC_CASES));
  await expect(
    page
      .getByRole('banner')
      .getByText(`${count.format(FIRST_PAGE)} of ${count.format(FIRST_SYNC_CASES)} cases`),
  ).toBeVisible();

  // The first page is on the workstation: the queue lists it from there, says the sync goes
  // on, and filters it.
  expect(await cachedCaseCount(page)).toBe(FIRST_PAGE);
  await go(page, 'Queue');
  const main = page.getByRole('main');
  await expect(
    main.getByText(/^First sync in progress: [\d,]+ of [\d,]+ cases copied/),
  ).toBeVisible();
  await expect(main.getByText('No cases yet')).toHaveCount(0);
  await main
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: 'All cases' })
    .click();
  const queueCount = main.getByRole('status');
  await expect(queueCount).toHaveText(`${count.format(FIRST_PAGE)} cases`);
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  await toggleFilter(page, 'Country', 'Germany');
  await expect(queueCount).toHaveText(new RegExp(`^[\\d,]+ of ${count.format(FIRST_PAGE)} cases$`));
  await expect(rows.nth(1)).toContainText('Germany');
  await snapshot(page, 'first-sync-01-in-progress');
  await expect(progress).toBeVisible();
  expect(await cachedCaseCount(page)).toBe(FIRST_PAGE);

  // The rest arrives page by page; the queue takes each in without being reloaded.
  link.arrive();
  await expect(progress).toBeHidden({ timeout: 30_000 });
  await expect(queueCount).toHaveText(
    new RegExp(`^[\\d,]+ of ${count.format(FIRST_SYNC_CASES)} cases$`),
  );
  await expect(main.getByText(/First sync in progress/)).toHaveCount(0);
  await toggleFilter(page, 'Country', 'Germany');
  await expect(queueCount).toHaveText(`${count.format(FIRST_SYNC_CASES)} cases`);
  expect(await cachedCaseCount(page)).toBe(FIRST_SYNC_CASES);
  await snapshot(page, 'first-sync-02-done');
});
