import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port';

const BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser connection URL of the PostgreSQL server the storage tests use. */
    postgresUrl: string;
  }
}

/** PostgreSQL refuses to run as root, so as root the binaries run as the postgres user. */
function runPostgresTool(tool: string, args: string[], asPostgres: boolean): void {
  const binary = join(BIN, tool);
  const [command, commandArgs] = asPostgres
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, args];
  execFileSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Starts a throwaway PostgreSQL cluster for the storage tests, unless TEST_POSTGRES_URL names
 * a server to use instead. Missing binaries fail the run: the PostgreSQL tests must never
 * quietly not happen.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.TEST_POSTGRES_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return async () => undefined;
  }
  for (const tool of ['initdb', 'pg_ctl', 'postgres']) {
    if (!existsSync(join(BIN, tool))) {
      throw new Error(
        `PostgreSQL 15 is needed for the storage:postgres tests, but ${join(BIN, tool)} is missing. Install postgresql-15, set POSTGRES_BIN, or set TEST_POSTGRES_URL to a server.`,
      );
    }
  }
  const asPostgres = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), 'disclosure-desk-pg-'));
  if (asPostgres) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    await chown(dir, uid, gid);
  }
  const port = await freePort();
  try {
    runPostgresTool('initdb', ['-D', dir, '-A', 'trust', '-U', 'postgres'], asPostgres);
    runPostgresTool(
      'pg_ctl',
      [
        '-D',
        dir,
        '-l',
        join(dir, 'server.log'),
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
        '-w',
        'start',
      ],
      asPostgres,
    );
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    const stderr =
      typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr) : '';
    throw new Error(`Could not start the PostgreSQL test cluster: ${stderr || String(error)}`, {
      cause: error,
    });
  }
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);

  return async () => {
    try {
      runPostgresTool('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop'], asPostgres);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
}
