import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { createApp } from '../server/http/app';
import { createDemoUsers } from '../server/seed/demo-users';
import { demoActors, seedDemoCases } from '../server/seed/seed-demo-cases';
import { migrate } from '../server/storage/migrate';
import { openPGliteDatabase } from '../server/storage/pglite-database';
import type { BrowserFigures } from './browser-figures';

/**
 * First sync, queue filtering and heap in Chromium against a seeded case service.
 * Run on demand: `npm run bench -- --cases 10000,100000,250000`.
 */
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000,100000,250000' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
const sizes = (values.cases ?? '').split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('--cases takes a comma-separated list of whole numbers');
  process.exit(2);
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./browser/bench-entry.ts', import.meta.url).pathname],
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

interface Figures extends BrowserFigures {
  chromium: string;
  cases: number;
  seedSeconds: number;
  heapMiB: number;
}

async function measure(cases: number, script: string, chromiumPath: string): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
  const db = await openPGliteDatabase(dataDir);
  const server = { close: () => undefined as unknown };
  try {
    await migrate(db);
    const team = await createDemoUsers(db, new Date());
    const reviewer = team.find((u) => u.role === 'reviewer');
    if (!reviewer?.password) throw new Error('no demo reviewer was created');
    const seedStart = Date.now();
    await seedDemoCases(
      db,
      { cases, seed: 1, asOf: '2026-01-01T00:00:00Z' },
      await demoActors(db),
      (done) => {
        if (done % 50_000 === 0) console.info(`  seeded ${done.toLocaleString('en')}`);
      },
    );
    const seedSeconds = (Date.now() - seedStart) / 1000;

    const app = createApp({ db });
    const port = await new Promise<number>((resolve) => {
      const running = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
        resolve(info.port),
      );
      server.close = () => running.close();
    });
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
      const page = await context.newPage();
      // Any page of the service's origin will do: IndexedDB and the session cookie are per origin.
      await page.goto('/api/setup');
      const login = await page.request.post('/api/session', {
        data: { username: reviewer.username, password: reviewer.password },
      });
      if (login.status() !== 200) throw new Error(`sign-in failed: ${await login.text()}`);
      await page.evaluate(script);
      const figures = await page.evaluate(() =>
        (globalThis as unknown as { deskBench: () => Promise<BrowserFigures> }).deskBench(),
      );
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      return {
        cases,
        seedSeconds,
        heapMiB: heap.usedSize / 2 ** 20,
        ...figures,
        chromium: browser.version(),
      };
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(f: Figures): void {
  const syncRate = f.records / (f.syncMs / 1000);
  const rawRate = f.records / (f.rawBulkPutMs / 1000);
  console.info(`\nN = ${f.cases.toLocaleString('en')} (seeded in ${f.seedSeconds.toFixed(0)} s)`);
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

const script = await bundle();
console.info(
  `Machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
for (const cases of sizes) {
  const figures = await measure(cases, script, values.chromium ?? '/usr/bin/chromium');
  if (cases === sizes[0]) {
    console.info(`Chromium ${figures.chromium}`);
  }
  report(figures);
}
