import type { BrowserContext, Locator, Page } from '@playwright/test';
import { recordCpuProfile } from './cpu-profile';
import { median } from './median';

/**
 * Measurements in the real app: the built renderer served by a case service, in Chromium,
 * read only through the DOM and accessible names (the queue's rows, its result count, the
 * filter controls by label), never through the app's internal functions.
 */
export interface AppFigures {
  /** Sign-in page loaded → the queue shows every case, with the queue on screen throughout. */
  firstSyncMs: number;
  /** Sign-in page loaded → the first round (the pull and the full working cases) ended. */
  firstRoundMs: number;
  /** Reload → the queue's heading: the app started and read the session. */
  reloadToScreenMs: number;
  /** Reload → the first case row of the queue's grid is visible. */
  reloadToFirstRowMs: number;
  /**
   * Input event → the result count text changed, per filter and value: the median of the
   * rounds, and the slowest round. One timing alone swings with a collection or a timer.
   * `rowsMs` and `slowestRowsMs`: the same, to the moment the grid holds the new rows.
   */
  filters: {
    filter: string;
    ms: number;
    slowestMs: number;
    rowsMs: number;
    slowestRowsMs: number;
    count: string;
    changed: boolean;
  }[];
}

export interface AppOptions {
  /** How long the first sync may take before the measurement gives up. */
  timeoutMs: number;
  /** The in-page timing helpers (bench/browser/time-input.ts, built). */
  timeInputScript: string;
  /** Where to record a CPU profile of the filter timings, if anywhere. */
  cpuProfilePath?: string;
  /** How many times every filter is timed. */
  filterRounds: number;
}

const count = new Intl.NumberFormat('en-GB');

function queueCount(page: Page): Locator {
  return page.getByRole('main').getByRole('status').first();
}

function firstCaseRow(page: Page): Locator {
  // The queue is a grid (arrow keys move between cells); row 0 is the header row.
  return page.getByRole('grid', { name: 'Cases' }).getByRole('row').nth(1);
}

/** Every case, closed ones too, so the count reaches the size of the desk. */
async function openQueue(page: Page): Promise<void> {
  await page.goto('/#/queue?view=all');
}

/** The context is signed in already (the session cookie is in it); the mirror is empty. */
export async function measureApp(
  context: BrowserContext,
  cases: number,
  options: AppOptions,
): Promise<AppFigures> {
  const page = await context.newPage();
  await page.addInitScript({
    content: recordScreenMilestones(`${count.format(cases)} cases`),
  });
  page.on('crash', () => console.error('  the app page crashed'));
  page.on('pageerror', (error) => console.error('  the app page threw:', error.message));
  try {
    return await measureInPage(page, cases, options);
  } catch (error) {
    // What the screen showed when a step did not complete says which step it was.
    const shown = await queueCount(page)
      .innerText({ timeout: 1000 })
      .catch(() => 'nothing');
    console.error(`  the queue's count read: ${shown}`);
    const screen = await page
      .locator('body')
      .innerText({ timeout: 1000 })
      .catch(() => '');
    console.error(`  the screen read: ${screen.slice(0, 600).replace(/\s+/g, ' ')}`);
    throw error;
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function measureInPage(
  page: Page,
  cases: number,
  { timeoutMs, timeInputScript, cpuProfilePath, filterRounds }: AppOptions,
): Promise<AppFigures> {
  const start = Date.now();
  console.info('  app: first sync with the queue on screen');
  await openQueue(page);
  // Polled as a flag the page sets, not by role and text: finding the count by its role walks
  // the whole screen on every poll, work the page would do only because it is measured.
  await page.waitForFunction(
    () =>
      (globalThis as unknown as { deskMilestones?: Milestones }).deskMilestones?.allCases !==
      undefined,
    undefined,
    { timeout: timeoutMs, polling: 250 },
  );

  // Timed in the page from its navigation: the case service runs in this process, and a long
  // request it serves would otherwise be counted as the app's time.
  const firstSyncMs = (await readMilestones(page)).allCases ?? Date.now() - start;
  console.info(`  app: synced in ${(firstSyncMs / 1000).toFixed(1)} s`);
  // The first round also fetches the full cases the reviewer works on; the reload is timed
  // once that round has ended, so it does not wait behind the round's last requests.
  await page
    .getByLabel('Last sync')
    .filter({ hasText: /^Synced/ })
    .waitFor({ timeout: timeoutMs });
  const firstRoundMs = Date.now() - start;
  console.info(`  app: first round ended in ${(firstRoundMs / 1000).toFixed(1)} s; reloading`);
  await page.reload();
  // The queue's heading shows once the app has started and read the session.
  await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor({ timeout: 120_000 });
  // The aim is a second; two minutes means the first row never comes.
  await firstCaseRow(page).waitFor({ timeout: Math.min(timeoutMs, 120_000) });
  const reloaded = await readMilestones(page);
  if (reloaded.heading === undefined || reloaded.firstRow === undefined) {
    throw new Error('the page did not record when the queue showed');
  }
  const reloadToScreenMs = reloaded.heading;
  const reloadToFirstRowMs = reloaded.firstRow;
  await queueCount(page)
    .filter({ hasText: `${count.format(cases)} cases` })
    .waitFor({
      timeout: timeoutMs,
    });

  console.info('  app: every case loaded after the reload; timing the filters');
  // Installed through the debugging protocol, which the app's CSP does not govern.
  await page.evaluate(timeInputScript);
  const filters = cpuProfilePath
    ? await recordCpuProfile(page, cpuProfilePath, () => timeFilters(page, filterRounds))
    : await timeFilters(page, filterRounds);
  return { firstSyncMs, firstRoundMs, reloadToScreenMs, reloadToFirstRowMs, filters };
}

/** Every filter timed `rounds` times over, each round in the same order. */
async function timeFilters(page: Page, rounds: number): Promise<AppFigures['filters']> {
  const timings = new Map<string, TimedInput[]>();
  for (let round = 0; round < rounds; round += 1) {
    for (const { filter, ...timed } of await timeEachFilter(page)) {
      timings.set(filter, [...(timings.get(filter) ?? []), timed]);
    }
  }
  return [...timings].map(([filter, timed]) => {
    const count = middleAndSlowest(timed.map((t) => t.ms));
    const rows = middleAndSlowest(timed.map((t) => t.rowsMs));
    const last = timed.at(-1)!;
    return {
      filter,
      ms: count.middle,
      slowestMs: count.slowest,
      rowsMs: rows.middle,
      slowestRowsMs: rows.slowest,
      count: last.count,
      changed: timed.every((t) => t.changed),
    };
  });
}

/** The median of some timings (the upper one of an even count) and the slowest. */
function middleAndSlowest(ms: readonly number[]): { middle: number; slowest: number } {
  return { middle: median(ms), slowest: Math.max(...ms) };
}

/** Every status, the first five countries, every saved view and two searches, one by one. */
async function timeEachFilter(page: Page): Promise<({ filter: string } & TimedInput)[]> {
  const filters: ({ filter: string } & TimedInput)[] = [];
  const search = page.getByRole('search');
  // Statuses and countries are checkbox lists: a click on one, then on it again to undo it.
  for (const label of ['Status', 'Country']) {
    // Each list is folded under its summary ("Status: All"); its checkboxes show once opened.
    // A click on the summary of an open list would fold it, and leave nothing to time.
    const summary = search.locator('details > summary', { hasText: `${label}:` });
    if ((await summary.count()) === 0) continue;
    const folded = summary.locator('xpath=..');
    if (!(await folded.evaluate((details) => details.hasAttribute('open')))) {
      await summary.click();
    }
    const group = search.getByRole('group', { name: label, exact: true });
    const boxes = group.getByRole('checkbox');
    // The statuses all; the countries most often seen are enough to show the spread.
    const n = Math.min(await boxes.count(), label === 'Status' ? 20 : 5);
    for (let i = 0; i < n; i += 1) {
      const box = boxes.nth(i);
      const name = (await box.evaluate((el) => el.parentElement?.textContent ?? '')).trim();
      filters.push({ filter: `${label}: ${name}`, ...(await timeClick(page, box)) });
      await timeClick(page, box);
    }
  }
  // The saved views are links that change the list without leaving the screen.
  const views = page.getByRole('navigation', { name: 'Saved views' }).getByRole('link');
  for (let i = 0; i < (await views.count()); i += 1) {
    const view = views.nth(i);
    filters.push({ filter: `View: ${await view.innerText()}`, ...(await timeClick(page, view)) });
  }
  const text = search.getByRole('searchbox').first();
  if ((await text.count()) > 0) {
    for (const value of ['tribunal', 'paris']) {
      filters.push({ filter: `Search: ${value}`, ...(await timeInput(page, text, value)) });
      await timeInput(page, text, '');
    }
  }
  return filters;
}

/** Milliseconds from the page's navigation to each thing the user sees first. */
interface Milestones {
  heading?: number;
  firstRow?: number;
  allCases?: number;
}

/**
 * Installed before the app's own scripts on every load of the page: notes, on the page's own
 * clock, when the queue's heading, its first case row and the count of every case appear.
 * Plain JavaScript text: the page runs it as written, with no helper of this process's
 * TypeScript loader.
 */
function recordScreenMilestones(allCasesText: string): string {
  return `(() => {
    const allCasesText = ${JSON.stringify(allCasesText)};
    const seen = {};
    globalThis.deskMilestones = seen;
    const observer = new MutationObserver(() => {
      const now = performance.now();
      const main = document.querySelector('main');
      if (!main) return;
      if (seen.heading === undefined && main.querySelector('h1')?.textContent === 'Queue') {
        seen.heading = now;
      }
      const grid = main.querySelector('[role="grid"]');
      if (seen.firstRow === undefined && grid && grid.querySelectorAll('[role="row"]').length > 1) {
        seen.firstRow = now;
      }
      if (
        seen.allCases === undefined &&
        main.querySelector('[role="status"]')?.textContent === allCasesText
      ) {
        seen.allCases = now;
      }
      if (seen.heading && seen.firstRow && seen.allCases) observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  })();`;
}

function readMilestones(page: Page): Promise<Milestones> {
  return page.evaluate(
    () => (globalThis as unknown as { deskMilestones: Milestones }).deskMilestones,
  );
}

interface InPage {
  deskTimeInput: {
    timeInput(control: unknown, value: string, count: unknown): Promise<TimedInput>;
    timeClick(control: unknown, count: unknown): Promise<TimedInput>;
  };
}
interface TimedInput {
  ms: number;
  rowsMs: number;
  count: string;
  changed: boolean;
}

async function timeClick(page: Page, control: Locator): Promise<TimedInput> {
  const count = await queueCount(page).elementHandle();
  return control.evaluate(
    (el, countEl) => (globalThis as unknown as InPage).deskTimeInput.timeClick(el, countEl),
    count,
  );
}

async function timeInput(page: Page, control: Locator, value: string): Promise<TimedInput> {
  const count = await queueCount(page).elementHandle();
  return control.evaluate(
    (el, [target, countEl]) =>
      (globalThis as unknown as InPage).deskTimeInput.timeInput(el, target, countEl),
    [value, count] as const,
  );
}
