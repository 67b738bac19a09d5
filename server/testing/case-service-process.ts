import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { DatabaseLocation } from '../storage/open-database';
import { freePort } from './free-port';
import { postgresAuditDir } from './test-database';

const REPOSITORY = resolve(import.meta.dirname, '../..');

export interface CaseServiceProcess {
  /** Where the service listens, e.g. http://127.0.0.1:41234, without a trailing slash. */
  url: string;
  port: number;
  /** What the service printed so far, to explain a failure. */
  output(): string;
  /**
   * Sends the signal and waits until the process is gone. SIGKILL is a crash or power cut:
   * nothing in the service gets to run. SIGTERM is an orderly stop: open requests finish and
   * the database is closed.
   */
  stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

const running = new Set<ChildProcess>();

/**
 * Starts `server/main.ts` as its own Node process serving the API alone, over the given
 * database, and waits until it answers. Give the port of an earlier run to restart the
 * service where its clients expect it. Node loads tsx as a module hook rather than through
 * the tsx launcher, because the launcher runs the service in a second process that a signal
 * to the first would not reach.
 */
export async function startCaseServiceProcess(
  location: DatabaseLocation,
  port?: number,
  startupMs = 30_000,
): Promise<CaseServiceProcess> {
  port ??= await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPOSITORY,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RENDERER_DIR: '',
      // Empty means unset to the service, so a value inherited from this process cannot leak in.
      DATABASE_URL: location.databaseUrl ?? '',
      MIGRATION_DATABASE_URL: location.migrationDatabaseUrl ?? '',
      DATA_DIR: location.dataDir ?? '',
      // Beside the PGlite folder by default; a PostgreSQL test database gets its own.
      AUDIT_KEY_DIR: location.databaseUrl
        ? join(postgresAuditDir(location.databaseUrl), 'signing-key')
        : '',
      AUDIT_CHECKPOINT_DIR: location.databaseUrl
        ? join(postgresAuditDir(location.databaseUrl), 'checkpoints')
        : '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => running.delete(child));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const service: CaseServiceProcess = {
    url: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  try {
    await untilAnswering(service, child, startupMs);
  } catch (error) {
    await service.stop('SIGKILL');
    throw error;
  }
  return service;
}

async function untilAnswering(
  service: CaseServiceProcess,
  child: ChildProcess,
  startupMs: number,
): Promise<void> {
  const deadline = Date.now() + startupMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The case service exited while starting:\n${service.output()}`);
    }
    try {
      const response = await fetch(`${service.url}/api/setup`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The case service did not answer within ${startupMs / 1000} s:\n${service.output()}`,
      );
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

/** Kills every service this module started that still runs, e.g. after a failed test. */
export async function killCaseServiceProcesses(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      if (child.kill('SIGKILL')) await exited;
    }),
  );
}
