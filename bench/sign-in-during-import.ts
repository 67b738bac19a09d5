import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../server/http/app';
import { createDemoUsers } from '../server/seed/demo-users';
import { migrate } from '../server/storage/migrate';
import { openPGliteDatabase } from '../server/storage/pglite-database';
import { sampleOrder } from '../server/testing/sample-order';
import { TestClient } from '../server/testing/test-client';
import { median } from './median';

/**
 * How long a sign-in takes while a 12 MB order import with attachments is stored, against
 * sign-ins on an idle service in the same run. Run on demand: `npm run bench:sign-in`.
 * The embedded (PGlite) database, as on a desktop: one statement at a time for the process.
 */
const { values } = parseArgs({
  options: {
    imports: { type: 'string', default: '3' },
    megabytes: { type: 'string', default: '12' },
  },
});
const IMPORTS = Number(values.imports);
const MEGABYTES = Number(values.megabytes);
const ATTACHMENTS = 6;
/** A sign-in during an import may take this much longer than usual. */
const ALLOWED_EXTRA_MS = 100;

function pdfOfSize(bytes: number): Uint8Array {
  const head = Buffer.from('%PDF-1.7\n% ');
  const tail = Buffer.from('\n%%EOF\n');
  const body = randomBytes(Math.max(0, bytes - head.length - tail.length))
    .toString('base64')
    .slice(0, bytes - head.length - tail.length);
  return new Uint8Array(Buffer.concat([head, Buffer.from(body, 'latin1'), tail]));
}

function orderForm(n: number): FormData {
  const form = new FormData();
  form.set('order', JSON.stringify(sampleOrder({ reference: `BENCH-IMPORT-${n}` })));
  const each = Math.floor((MEGABYTES * 1024 * 1024) / ATTACHMENTS);
  for (let i = 0; i < ATTACHMENTS; i += 1) {
    form.append('attachment', new File([Buffer.from(pdfOfSize(each))], `annex-${i}.pdf`));
  }
  return form;
}

const max = (xs: number[]) => Math.max(...xs);

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'desk-bench-sign-in-'));
  const db = await openPGliteDatabase(dataDir);
  try {
    await migrate(db);
    const team = await createDemoUsers(db, new Date());
    const [importer, signer] = team.filter((u) => u.role === 'reviewer');
    if (!importer?.password || !signer?.password) throw new Error('no demo reviewers');
    const app = createApp({ db });
    const intake = new TestClient(app);
    await intake.post('/api/session', { username: importer.username, password: importer.password });

    const signIn = async (): Promise<number> => {
      const started = performance.now();
      const response = await new TestClient(app).post('/api/session', {
        username: signer.username,
        password: signer.password,
      });
      if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
      return performance.now() - started;
    };

    await signIn(); // warms the password hashing and the statements
    const idle: number[] = [];
    for (let i = 0; i < 15; i += 1) idle.push(await signIn());

    // The files are made before anything is timed: in use they come from another process.
    const forms = Array.from({ length: IMPORTS }, (_, n) => orderForm(n));
    const during: number[] = [];
    const importMs: number[] = [];
    // How long the event loop was held at a stretch while imports ran: what any request,
    // not only a sign-in, may have waited for beside the database.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    for (const form of forms) {
      const started = performance.now();
      let done = false;
      const importing = intake.request('POST', '/api/orders', { body: form }).then((r) => {
        done = true;
        importMs.push(performance.now() - started);
        if (r.status !== 200) throw new Error(`import answered ${r.status}`);
      });
      while (!done) during.push(await signIn());
      await importing;
    }
    loopDelay.disable();

    const extra = median(during) - median(idle);
    console.info(
      `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}, Node ${process.version}`,
    );
    console.info(
      `Sign-in while a ${MEGABYTES} MB import with ${ATTACHMENTS} attachments is stored`,
    );
    console.info(`  idle sign-in, median of ${idle.length}:       ${median(idle).toFixed(0)} ms`);
    console.info(
      `  during import, median of ${during.length}:      ${median(during).toFixed(0)} ms (max ${max(during).toFixed(0)} ms)`,
    );
    console.info(
      `  import, median of ${importMs.length}:            ${median(importMs).toFixed(0)} ms`,
    );
    console.info(
      `  event loop held at most ${(loopDelay.max / 1e6).toFixed(0)} ms at a stretch during imports`,
    );
    console.info(
      `  extra time: ${extra.toFixed(0)} ms (ratio ${(median(during) / median(idle)).toFixed(2)}); allowed ${ALLOWED_EXTRA_MS} ms`,
    );
    if (extra > ALLOWED_EXTRA_MS) process.exitCode = 1;
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
