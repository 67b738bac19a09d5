import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { build } from 'esbuild';
import { createApp } from '../server/http/app';
import { createDemoUsers } from '../server/seed/demo-users';
import { demoActors, seedDemoCases } from '../server/seed/seed-demo-cases';
import { migrate } from '../server/storage/migrate';
import { openPGliteDatabase } from '../server/storage/pglite-database';
import { measureApp, type AppFigures } from './app-figures';
import type { BrowserFigures } from './browser-figures';
import { median } from './median';
import { measureProbe, type ProbeFigures } from './probe-figures';

const USAGE = `npm run bench -- [options]

Measures the first sync, the queue and the embedded service on this machine, each against a
baseline taken in the same run, and prints the figures with the machine they came from.

  --cases N,N,...     desk sizes to seed and measure (default 10000,100000,250000)
  --profile P         Chromium profile: memory (a fresh in-memory context) or disk (a
                      persistent profile in a temporary folder); default disk
  --only M,M,...      measurements to run (default all):
                        functions  first sync with the app's pull against raw Dexie bulkPut,
                                   queue load and filter functions
                        app        the built renderer (npm run build:renderer) served by the
                                   case service: first sync with the queue on screen, reload
                                   to the first queue row, input to updated count per filter
                        probe      a session read while the embedded service, in its worker
                                   thread, applies a 200-action push; idle read as baseline
  --actions N         actions in the pushed batch for probe (default 200)
  --compare-renderer DIR
                      for app: also measure another build of the renderer (e.g. the previous
                      version's, built with npm run build:renderer and copied to DIR) against
                      the same seeded service, before this one, so both compare in one run
  --filter-rounds N   for app: time every filter N times and report the median and the
                      slowest (default 5)
  --cpu-prof DIR      for app: record a Chromium CPU profile of the filter timings into DIR
                      and print the functions with the most time of their own
  --chromium PATH     the Chromium binary (default $CHROMIUM_PATH or /usr/bin/chromium)
  --help              this text
`;

const MEASUREMENTS = ['functions', 'app', 'probe'] as const;
type Measurement = (typeof MEASUREMENTS)[number];

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000,100000,250000' },
    profile: { type: 'string', default: 'disk' },
    only: { type: 'string', default: MEASUREMENTS.join(',') },
    actions: { type: 'string', default: '200' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    'compare-renderer': { type: 'string' },
    'cpu-prof': { type: 'string' },
    'filter-rounds': { type: 'string', default: '5' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.info(USAGE);
  process.exit(0);
}
const sizes = (values.cases ?? '').split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('--cases takes a comma-separated list of whole numbers');
  process.exit(2);
}
const profile = values.profile;
if (profile !== 'memory' && profile !== 'disk') {
  console.error('--profile is memory or disk');
  process.exit(2);
}
const only = (values.only ?? '').split(',').map((m) => m.trim());
if (only.some((m) => !(MEASUREMENTS as readonly string[]).includes(m))) {
  console.error(`--only takes a comma-separated list of ${MEASUREMENTS.join(', ')}`);
  process.exit(2);
}
const selected = (m: Measurement) => only.includes(m);
const actions = Number(values.actions);
if (!Number.isInteger(actions) || actions < 1) {
  console.error('--actions takes a whole number');
  process.exit(2);
}
const RENDERER_DIR = 'dist/renderer';
if (selected('app') && !existsSync(join(RENDERER_DIR, 'index.html'))) {
  console.error('the app measurements need the built renderer: run npm run build:renderer first');
  process.exit(2);
}
const compareRenderer = values['compare-renderer'];
if (compareRenderer !== undefined && !existsSync(join(compareRenderer, 'index.html'))) {
  console.error(`--compare-renderer: no built renderer in ${compareRenderer}`);
  process.exit(2);
}
const filterRounds = Number(values['filter-rounds']);
if (!Number.isInteger(filterRounds) || filterRounds < 1) {
  console.error('--filter-rounds takes a whole number');
  process.exit(2);
}
const cpuProfileDir = values['cpu-prof'];
if (cpuProfileDir !== undefined) mkdirSync(cpuProfileDir, { recursive: true });

async function bundle(entry = './browser/bench-entry.ts'): Promise<string> {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    minify: true,
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced nothing');
  return file.text;
}

interface Figures {
  chromium: string;
  cases: number;
  seedSeconds: number;
  functions?: BrowserFigures & { heapMiB: number };
  app?: AppFigures;
}

/** The case service over the seeded database, serving one build of the renderer. */
async function startService(
  db: Parameters<typeof createApp>[0]['db'],
  rendererDir: string,
): Promise<{ baseURL: string; close(): void }> {
  const app = createApp({ db, rendererDir });
  return new Promise((resolve) => {
    const running = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ baseURL: `http://127.0.0.1:${info.port}`, close: () => running.close() }),
    );
  });
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** A fresh browser context of the chosen profile, signed in as the reviewer. */
async function signedInContext(
  baseURL: string,
  chromiumPath: string,
  reviewer: { username: string; password: string },
): Promise<{ context: BrowserContext; version: string; close(): Promise<void> }> {
  let context: BrowserContext;
  let browser: Browser | null = null;
  let profileDir: string | null = null;
  if (profile === 'disk') {
    profileDir = mkdtempSync(join(tmpdir(), 'desk-bench-profile-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
      baseURL,
    });
  } else {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    context = await browser.newContext({ baseURL });
  }
  const login = await context.request.post('/api/session', { data: reviewer });
  if (login.status() !== 200) throw new Error(`sign-in failed: ${await login.text()}`);
  return {
    context,
    version: context.browser()?.version() ?? browser?.version() ?? 'unknown',
    close: async () => {
      await context.close();
      await browser?.close();
      if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

async function measureFunctions(
  context: BrowserContext,
  script: string,
): Promise<BrowserFigures & { heapMiB: number }> {
  const page = await context.newPage();
  // Any page of the service's origin will do: IndexedDB and the session cookie are per origin.
  await page.goto('/api/setup');
  await page.evaluate(script);
  const figures = await page.evaluate(() =>
    (globalThis as unknown as { deskBench: () => Promise<BrowserFigures> }).deskBench(),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return { ...figures, heapMiB: heap.usedSize / 2 ** 20 };
}

interface Scripts {
  bench: string;
  timeInput: string;
}

async function measure(cases: number, scripts: Scripts, chromiumPath: string): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
  const db = await openPGliteDatabase(dataDir);
  const server = { close: () => undefined as unknown };
  try {
    await migrate(db);
    const team = await createDemoUsers(db, new Date());
    const created = team.find((u) => u.role === 'reviewer');
    if (!created?.password) throw new Error('no demo reviewer was created');
    const reviewer = { username: created.username, password: created.password };
    const seedStart = Date.now();
    await seedDemoCases(
      db,
      // Every history written in bulk: answering orders through the disclosure code (lookups,
      // packages) belongs to the demo, not to a desk measured for its size.
      { cases, seed: 1, asOf: '2026-01-01T00:00:00Z', answeredThroughService: 0 },
      await demoActors(db),
      (done) => {
        if (done % 50_000 === 0) console.info(`  seeded ${done.toLocaleString('en')}`);
      },
    );
    const seedSeconds = (Date.now() - seedStart) / 1000;

    const service = await startService(db, RENDERER_DIR);
    server.close = () => service.close();
    const baseURL = service.baseURL;
    const figures: Figures = { cases, seedSeconds, chromium: 'unknown' };
    if (selected('functions')) {
      const browser = await signedInContext(baseURL, chromiumPath, reviewer);
      try {
        figures.functions = await measureFunctions(browser.context, scripts.bench);
        figures.chromium = browser.version;
        // Printed now: a long app measurement that is stopped must not lose these.
        reportFunctions(figures);
      } finally {
        await browser.close();
      }
    }
    if (selected('app')) {
      if (!figures.functions) reportFunctions(figures);
      // Another origin for the other build: its own IndexedDB, so its own first sync too.
      const builds = compareRenderer
        ? [
            { name: 'compared', dir: compareRenderer },
            { name: 'this', dir: RENDERER_DIR },
          ]
        : [{ name: 'this', dir: RENDERER_DIR }];
      for (const renderer of builds) {
        const other = renderer.dir === RENDERER_DIR ? null : await startService(db, renderer.dir);
        const browser = await signedInContext(other?.baseURL ?? baseURL, chromiumPath, reviewer);
        try {
          console.info(`  app: the renderer in ${renderer.dir}`);
          const cpuProfile = cpuProfileDir
            ? join(cpuProfileDir, `filters-${cases}-${renderer.name}.cpuprofile`)
            : undefined;
          const app = await measureApp(browser.context, cases, {
            timeoutMs: 30 * 60_000,
            timeInputScript: scripts.timeInput,
            cpuProfilePath: cpuProfile,
            filterRounds,
          });
          if (renderer.dir === RENDERER_DIR) figures.app = app;
          figures.chromium = browser.version;
          console.info(`  app figures of the renderer in ${renderer.dir}:`);
          reportApp(app, figures.functions);
        } catch (error) {
          // The figures measured so far are still worth printing.
          console.error(`  the app measurements at ${cases} cases failed:`, error);
        } finally {
          await browser.close().catch(() => undefined);
          other?.close();
        }
      }
    }
    return figures;
  } finally {
    server.close();
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The size, and the functions' figures when they were measured. */
function reportFunctions(figures: Figures): void {
  console.info(
    `\nN = ${figures.cases.toLocaleString('en')} (seeded in ${figures.seedSeconds.toFixed(0)} s, ${profile} profile)`,
  );
  const f = figures.functions;
  if (f) {
    const syncRate = f.records / (f.syncMs / 1000);
    const rawRate = f.records / (f.rawBulkPutMs / 1000);
    console.info(
      `  first sync        ${(f.syncMs / 1000).toFixed(2)} s, ${Math.round(syncRate).toLocaleString('en')} records/s, ${f.pages} pages`,
    );
    console.info(
      `  raw bulkPut       ${(f.rawBulkPutMs / 1000).toFixed(2)} s, ${Math.round(rawRate).toLocaleString('en')} records/s`,
    );
    console.info(`  sync / raw        ${(syncRate / rawRate).toFixed(2)}`);
    console.info(`  queue first screen ${f.queueFirstScreenMs.toFixed(0)} ms (by index)`);
    console.info(
      `  queue load+index  ${f.queueLoadMs.toFixed(0)} ms + ${f.queueIndexMs.toFixed(0)} ms`,
    );
    for (const filter of f.filters) {
      console.info(`  filter ${filter.filter}  ${filter.ms.toFixed(1)} ms (${filter.rows} rows)`);
    }
    console.info(`  JS heap after GC  ${f.heapMiB.toFixed(0)} MiB`);
  }
}

function reportApp(a: AppFigures, f: Figures['functions']): void {
  console.info(
    `  in the app: first sync with the queue on screen ${(a.firstSyncMs / 1000).toFixed(2)} s` +
      (f ? ` (${(a.firstSyncMs / f.syncMs).toFixed(2)}x the bare pull above)` : ''),
  );
  console.info(
    `  in the app: first round (pull and working cases) ended ${(a.firstRoundMs / 1000).toFixed(2)} s`,
  );
  console.info(
    `  in the app: reload -> first queue row ${a.reloadToFirstRowMs.toFixed(0)} ms (the queue's heading at ${a.reloadToScreenMs.toFixed(0)} ms)`,
  );
  for (const filter of a.filters) {
    const time = filter.changed
      ? `${filter.ms.toFixed(1)} ms (slowest ${filter.slowestMs.toFixed(1)} ms), rows ${filter.rowsMs.toFixed(1)} ms (slowest ${filter.slowestRowsMs.toFixed(1)} ms)`
      : 'count unchanged, not timed';
    console.info(`  in the app: input -> count, ${filter.filter}  ${time} (${filter.count})`);
  }
  const changed = a.filters.filter((f) => f.changed);
  const timed = changed.map((f) => f.ms);
  if (timed.length > 0) {
    const rows = changed.map((f) => f.rowsMs);
    console.info(
      `  in the app: input -> count, median of the filters ${median(timed).toFixed(1)} ms, slowest filter ${Math.max(...timed).toFixed(1)} ms`,
    );
    console.info(
      `  in the app: input -> grid rows, median of the filters ${median(rows).toFixed(1)} ms, slowest filter ${Math.max(...rows).toFixed(1)} ms`,
    );
  }
}

function reportProbe(p: ProbeFigures): void {
  console.info(`\nEmbedded service in its worker, ${p.actions}-action push`);
  console.info(`  push applied in   ${(p.pushMs / 1000).toFixed(2)} s`);
  console.info(
    `  session read idle p50 ${p.idle.p50.toFixed(1)} ms, max ${p.idle.max.toFixed(1)} ms`,
  );
  console.info(
    `  during the push   ${p.duringPush.count} reads, p50 ${p.duringPush.p50.toFixed(1)} ms, p95 ${p.duringPush.p95.toFixed(1)} ms, max ${p.duringPush.max.toFixed(1)} ms (aim: 50 ms)`,
  );
  console.info(`  p95 / idle p50    ${(p.duringPush.p95 / p.idle.p50).toFixed(1)}`);
}

console.info(
  `Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, Node ${process.version}`,
);
if (selected('probe')) reportProbe(await measureProbe(actions));
if (selected('functions') || selected('app')) {
  const scripts = { bench: await bundle(), timeInput: await bundle('./browser/time-input.ts') };
  for (const cases of sizes) {
    const figures = await measure(cases, scripts, values.chromium ?? '/usr/bin/chromium');
    if (cases === sizes[0]) console.info(`Chromium ${figures.chromium}`);
  }
}
