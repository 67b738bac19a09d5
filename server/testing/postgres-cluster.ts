import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

const BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

/** PostgreSQL refuses to run as root, so as root the binaries run as the postgres user. */
function runPostgresTool(tool: string, args: string[], asPostgres: boolean): void {
  const binary = join(BIN, tool);
  const [command, commandArgs] = asPostgres
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, args];
  execFileSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface PostgresCluster {
  /** A superuser connection URL of the cluster's `postgres` database. */
  url: string;
  /** The cluster's data folder; its `postmaster.pid` names the server process. */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts a throwaway PostgreSQL 15 cluster in a temporary folder (fsync off: nothing in it
 * outlives the run). Missing binaries fail with what to install.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  for (const tool of ['initdb', 'pg_ctl', 'postgres']) {
    if (!existsSync(join(BIN, tool))) {
      throw new Error(
        `PostgreSQL 15 is needed here, but ${join(BIN, tool)} is missing. Install postgresql-15, set POSTGRES_BIN, or set TEST_POSTGRES_URL to a server.`,
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
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir: dir,
    stop: async () => {
      try {
        runPostgresTool('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop'], asPostgres);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
