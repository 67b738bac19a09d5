import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killCaseServiceProcesses, startCaseServiceProcess } from '../testing/case-service-process';
import { testBackend } from '../testing/test-database';
import { freePort } from '../testing/free-port';
import { LOCK_FILE } from './data-folder-lock';

const REPOSITORY = resolve(import.meta.dirname, '../..');

/** Runs a repository script to its end: its exit code and everything it printed. */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: REPOSITORY,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => done({ code, output }));
  });
}

let dataDir: string | undefined;
afterEach(async () => {
  await killCaseServiceProcesses();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

// The embedded database only: a PostgreSQL server guards its own files.
describe.skipIf(testBackend() !== 'pglite')('one process per embedded database', () => {
  it('refuses a second server and a seed on a folder a running server holds', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'desk-locked-'));
    // A fresh embedded database is created on start: slow on a busy machine.
    const first = await startCaseServiceProcess({ dataDir }, undefined, 120_000);

    const second = await run('server/main.ts', [], {
      PORT: String(await freePort()),
      RENDERER_DIR: '',
      DATABASE_URL: '',
      DATA_DIR: dataDir,
    });
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/in use by another process/);

    const seed = await run('server/seed/main.ts', ['--data-dir', dataDir, '--cases', '1']);
    expect(seed.code).toBe(1);
    expect(seed.output).toMatch(/in use by another process/);

    // The running server was not disturbed.
    expect((await fetch(`${first.url}/api/setup`)).status).toBe(200);
    await first.stop('SIGTERM');
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 300_000);

  it('takes over a lock left by a process that is gone', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'desk-stale-'));
    // No process has this id: Linux process ids stay below 2^22.
    await writeFile(join(dataDir, LOCK_FILE), '99999999\n');
    const service = await startCaseServiceProcess({ dataDir }, undefined, 120_000);
    expect((await fetch(`${service.url}/api/setup`)).status).toBe(200);
  }, 180_000);
});
