import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDemoUsers } from '../server/seed/demo-users';
import { migrate } from '../server/storage/migrate';
import { openPostgresDatabase } from '../server/storage/pg-database';
import { freePort } from '../server/testing/free-port';
import { startPostgresCluster } from '../server/testing/postgres-cluster';
import { sampleOrder } from '../server/testing/sample-order';

/**
 * The team on one PostgreSQL: N simulated workstations sign in and push single mutations
 * (start review, then save review again and again) on cases of their own, for a fixed time,
 * against 1 and then 2 case service processes behind a round-robin balancer. In the same run,
 * the same number of connections commit raw single-row transactions for the same time, and a
 * session read is timed idle and under the load, in turn with the floor under it (a process
 * that only answers, with and without one query). Run on demand: `npm run bench:team`.
 */
const { values } = parseArgs({
  options: {
    workstations: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    instances: { type: 'string', default: '1,2' },
    'writes-in-flight': { type: 'string', default: '' },
    'cpu-prof': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.info(`npm run bench:team -- [--workstations 50] [--seconds 30] [--instances 1,2]
  [--writes-in-flight 4,100] [--cpu-prof DIR]

Starts a throwaway PostgreSQL 15 cluster, then for each instance count runs the workstations
for the given time and prints mutations/s and p50/p95/p99 latency, raw single-row
transactions at the same concurrency, their ratio, and a session read idle and under load
beside the floor under it: a process that answers at once, and one that answers after a
SELECT 1, timed in turn with the session read.
--writes-in-flight runs each instance count once per value, with each service process running
that many mutations at once (WRITES_IN_FLIGHT; the service's default when not given).
--cpu-prof DIR writes a CPU profile of each case service process into DIR.`);
  process.exit(0);
}
const WORKSTATIONS = Number(values.workstations);
const SECONDS = Number(values.seconds);
const wholeNumbers = (list: string) => list.split(',').map((n) => Number(n.trim()));
const INSTANCE_COUNTS = wholeNumbers(values.instances ?? '');
/** Undefined: the service's own default. */
const WRITES_IN_FLIGHT: (number | undefined)[] = values['writes-in-flight']
  ? wholeNumbers(values['writes-in-flight'])
  : [undefined];
if (
  !Number.isInteger(WORKSTATIONS) ||
  WORKSTATIONS < 1 ||
  !(SECONDS > 0) ||
  [...INSTANCE_COUNTS, ...WRITES_IN_FLIGHT].some(
    (n) => n !== undefined && !(Number.isInteger(n) && n >= 1),
  )
) {
  console.error(
    '--workstations, --instances and --writes-in-flight take whole numbers, --seconds a positive number',
  );
  process.exit(2);
}
const CASES_PER_WORKSTATION = 2;
const REPOSITORY = resolve(import.meta.dirname, '..');

interface Latencies {
  count: number;
  seconds: number;
  ms: number[];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function summary({ count, seconds, ms }: Latencies): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p).toFixed(1));
  return `${(count / seconds).toFixed(0)}/s, p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms`;
}

/** Runs `work` in `concurrency` loops until `seconds` have passed, timing each call. */
async function timed(
  concurrency: number,
  seconds: number,
  work: (lane: number) => Promise<boolean>,
): Promise<Latencies> {
  const ms: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      while (performance.now() < until) {
        const t0 = performance.now();
        if (await work(lane)) ms.push(performance.now() - t0);
      }
    }),
  );
  return { count: ms.length, seconds: (performance.now() - started) / 1000, ms };
}

interface Service {
  url: string;
  child: ChildProcess;
}

/** The process that only answers (`bench/bare-read-server.ts`), on the same database. */
async function startBareReadServer(databaseUrl: string): Promise<Service> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-read-server.ts'], {
    cwd: REPOSITORY,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise<void>((listening, failed) => {
    child.once('message', () => listening());
    child.once('exit', (code) => failed(new Error(`the bare read server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

const READS = ['session', 'bare', 'query'] as const;
type Reads = Record<(typeof READS)[number], Latencies>;

/**
 * One read after another, each kind in turn, so the session read and its two floors meet
 * the same load: the session read through the case service, a bare answer, and an answer
 * after one query.
 */
async function timedReads(
  seconds: number,
  read: Record<keyof Reads, () => Promise<boolean>>,
): Promise<Reads> {
  const ms: Record<keyof Reads, number[]> = { session: [], bare: [], query: [] };
  let turn = 0;
  const all = await timed(1, seconds, async () => {
    const kind = READS[turn++ % READS.length]!;
    const t0 = performance.now();
    if (await read[kind]()) ms[kind].push(performance.now() - t0);
    return false;
  });
  const of = (kind: keyof Reads): Latencies => ({
    count: ms[kind].length,
    seconds: all.seconds,
    ms: ms[kind],
  });
  return { session: of('session'), bare: of('bare'), query: of('query') };
}

function stopProcesses(services: readonly Service[]): Promise<unknown> {
  return Promise.all(
    services.map(
      ({ child }) =>
        new Promise((exited) => {
          if (child.exitCode !== null) return exited(undefined);
          child.once('exit', exited);
          child.kill('SIGTERM');
        }),
    ),
  );
}

/** The audit key and checkpoints of this run's database, which no other database may share. */
const AUDIT_DIR = mkdtempSync(join(tmpdir(), 'desk-team-audit-'));

async function startService(
  databaseUrl: string,
  writesInFlight: number | undefined,
): Promise<Service> {
  const port = await freePort();
  const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/main.ts'], {
    cwd: REPOSITORY,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RENDERER_DIR: '',
      DATABASE_URL: databaseUrl,
      MIGRATION_DATABASE_URL: '',
      DATA_DIR: '',
      AUDIT_KEY_DIR: join(AUDIT_DIR, 'signing-key'),
      AUDIT_CHECKPOINT_DIR: join(AUDIT_DIR, 'checkpoints'),
      WRITES_IN_FLIGHT: writesInFlight === undefined ? '' : String(writesInFlight),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    try {
      if ((await fetch(`${url}/api/setup`)).ok) return { url, child };
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the case service did not start');
}

/** The fields of /proc/PID/stat after the command name: [0] is field 3, the state. */
function procStat(pid: number): string[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
}

/** User + system clock ticks (100 a second) in ms; with `reaped`, also of waited-for children. */
function statCpuMs(fields: readonly string[], reaped = false): number {
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (reaped ? ticks + Number(fields[13]) + Number(fields[14]) : ticks) * 10;
}

/**
 * CPU time the service processes have used so far, in ms (Linux: /proc/PID/stat). Unlike
 * throughput, CPU per mutation hardly moves with the load other work puts on the machine.
 */
function serviceCpuMs(services: readonly Service[]): number {
  return services.reduce((sum, { child }) => sum + statCpuMs(procStat(child.pid ?? 0)), 0);
}

/**
 * CPU time the PostgreSQL cluster has used so far, in ms: the postmaster with the backends it
 * has reaped, and every process it runs now (connections, writer, checkpointer).
 */
function databaseCpuMs(dataDir: string): number {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let ms = statCpuMs(procStat(postmaster), true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = procStat(Number(entry));
      if (Number(fields[1]) === postmaster) ms += statCpuMs(fields);
    } catch {
      // Ended between the listing and the read: its time is now the postmaster's.
    }
  }
  return ms;
}

/** CPU time this process, the load generator, has used so far, in ms. */
function generatorCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface CpuShares {
  service: number;
  database: number;
  generator: number;
}

function cpuShares(services: readonly Service[], dataDir: string): CpuShares {
  return {
    service: serviceCpuMs(services),
    database: databaseCpuMs(dataDir),
    generator: generatorCpuMs(),
  };
}

/** The CPU each part used between two readings, per unit of work done in between. */
function cpuPer(units: number, before: CpuShares, after: CpuShares): CpuShares {
  return {
    service: (after.service - before.service) / units,
    database: (after.database - before.database) / units,
    generator: (after.generator - before.generator) / units,
  };
}

/** A signed-in workstation; its requests go round-robin over the services. */
class Workstation {
  private next: number;
  private cookie = '';

  constructor(
    private readonly services: readonly Service[],
    lane: number,
  ) {
    this.next = lane;
  }

  async call(method: string, path: string, body?: unknown): Promise<Response> {
    const service = this.services[this.next++ % this.services.length]!;
    const headers: Record<string, string> = { cookie: this.cookie, origin: service.url };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    return response;
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.call(method, path, body);
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}

interface CaseState {
  id: string;
  version: number;
  status: string;
  review: { checks: Record<string, { result: string | null; note: string }> };
}

async function runTeam(
  databaseUrl: string,
  dataDir: string,
  instances: number,
  writesInFlight: number | undefined,
  reviewers: readonly { username: string; password: string }[],
  bareReads: Service,
): Promise<{
  mutations: Latencies;
  readsIdle: Reads;
  readsLoaded: Reads;
  /** Mutations refused with 503 and sent again. */
  refusals: number;
  /** CPU time of each part during the load, per mutation applied. */
  cpuMsPerMutation: CpuShares;
}> {
  const services = await Promise.all(
    Array.from({ length: instances }, () => startService(databaseUrl, writesInFlight)),
  );
  try {
    const stations = Array.from(
      { length: WORKSTATIONS },
      (_, lane) => new Workstation(services, lane),
    );
    const cases: CaseState[][] = [];
    for (const [lane, station] of stations.entries()) {
      const reviewer = reviewers[lane % reviewers.length]!;
      await station.json('POST', '/api/session', reviewer);
      const own: CaseState[] = [];
      for (let n = 0; n < CASES_PER_WORKSTATION; n++) {
        const { caseId } = await station.json<{ caseId: string }>(
          'POST',
          '/api/orders',
          sampleOrder({ reference: `TEAM-${instances}-${writesInFlight ?? 'd'}-${lane}-${n}` }),
        );
        own.push(await station.json<CaseState>('GET', `/api/cases/${caseId}`));
      }
      cases.push(own);
    }
    const probe = stations[0]!;
    const reads = {
      session: async () => (await probe.call('GET', '/api/session')).ok,
      bare: async () => (await fetch(`${bareReads.url}/bare`)).ok,
      query: async () => (await fetch(`${bareReads.url}/query`)).ok,
    };
    const readsIdle = await timedReads(4, reads);

    const cpuBefore = cpuShares(services, dataDir);
    const rounds = new Array<number>(WORKSTATIONS).fill(0);
    let refusals = 0;
    const load = timed(WORKSTATIONS, SECONDS, async (lane) => {
      const own = cases[lane]!;
      const round = rounds[lane]!++;
      const current = own[round % own.length]!;
      const station = stations[lane]!;
      const ref = { caseId: current.id, version: current.version };
      const mutation =
        current.status === 'received'
          ? { name: 'case.startReview', args: ref }
          : {
              name: 'case.saveReview',
              args: {
                ...ref,
                review: {
                  ...current.review,
                  checks: {
                    ...current.review.checks,
                    scope: { result: 'pass', note: `Scope read again, pass ${round}.` },
                  },
                },
              },
            };
      let response = await station.call('POST', '/api/mutations', mutation);
      // Refused for now, nothing done: sent again after the wait it names, as an outbox does.
      while (response.status === 503 && response.headers.has('retry-after')) {
        refusals += 1;
        await response.body?.cancel();
        const seconds = Number(response.headers.get('retry-after'));
        await new Promise((wait) => setTimeout(wait, seconds * 1000));
        response = await station.call('POST', '/api/mutations', mutation);
      }
      if (!response.ok) throw new Error(`mutation: ${response.status} ${await response.text()}`);
      own[round % own.length] = (await response.json()) as CaseState;
      return true;
    });
    // The reads start once the writers are under way and stop before they do.
    await new Promise((wait) => setTimeout(wait, Math.min(2_000, SECONDS * 200)));
    const readsLoaded = await timedReads(Math.max(1, SECONDS * 0.6), reads);
    const mutations = await load;
    const cpuMsPerMutation = cpuPer(mutations.count, cpuBefore, cpuShares(services, dataDir));
    return { mutations, readsIdle, readsLoaded, refusals, cpuMsPerMutation };
  } finally {
    // Stopped before the next run or the cluster: a service must not outlive its database.
    await stopProcesses(services);
  }
}

/** The same concurrency committing one-row transactions straight to PostgreSQL. */
async function runRaw(databaseUrl: string): Promise<Latencies> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: WORKSTATIONS });
  try {
    await pool.query(
      'CREATE TABLE IF NOT EXISTS bench_rows (id int PRIMARY KEY, n bigint NOT NULL)',
    );
    await pool.query(
      'INSERT INTO bench_rows SELECT g, 0 FROM generate_series(0, $1::int) g ON CONFLICT DO NOTHING',
      [WORKSTATIONS],
    );
    return await timed(WORKSTATIONS, SECONDS, async (lane) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('UPDATE bench_rows SET n = n + 1 WHERE id = $1', [lane]);
        await client.query('COMMIT');
        return true;
      } finally {
        client.release();
      }
    });
  } finally {
    await pool.end();
  }
}

const cluster = await startPostgresCluster();
try {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE DATABASE desk_team');
  await admin.end();
  const databaseUrl = cluster.url.replace(/\/postgres$/, '/desk_team');
  const db = openPostgresDatabase(databaseUrl, 2);
  await migrate(db);
  const reviewers = (await createDemoUsers(db, new Date()))
    .filter((u) => u.role === 'reviewer' && u.password)
    .map((u) => ({ username: u.username, password: u.password ?? '' }));
  await db.close();

  console.info(
    `${WORKSTATIONS} workstations, ${SECONDS} s each; ${cpus().length} cores, ` +
      `${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, PostgreSQL 15 (fsync off)`,
  );
  // No service runs during the raw transactions: its share reads 0.
  const rawCpuBefore = cpuShares([], cluster.dataDir);
  const raw = await runRaw(databaseUrl);
  const rawCpu = cpuPer(raw.count, rawCpuBefore, cpuShares([], cluster.dataDir));
  console.info(
    `raw single-row transactions: ${summary(raw)}; CPU per transaction: ` +
      `database ${rawCpu.database.toFixed(2)} ms, load generator ${rawCpu.generator.toFixed(2)} ms`,
  );
  const bareReads = await startBareReadServer(databaseUrl);
  try {
    for (const [instances, writesInFlight] of INSTANCE_COUNTS.flatMap((i) =>
      WRITES_IN_FLIGHT.map((w) => [i, w] as const),
    )) {
      const { mutations, readsIdle, readsLoaded, refusals, cpuMsPerMutation } = await runTeam(
        databaseUrl,
        cluster.dataDir,
        instances,
        writesInFlight,
        reviewers,
        bareReads,
      );
      const ratio = mutations.count / mutations.seconds / (raw.count / raw.seconds);
      const p95 = (l: Latencies) =>
        percentile(
          [...l.ms].sort((a, b) => a - b),
          95,
        );
      const idleToLoaded = (kind: keyof Reads) =>
        `${p95(readsIdle[kind]).toFixed(1)} ms idle, ${p95(readsLoaded[kind]).toFixed(1)} ms under load ` +
        `(${(p95(readsLoaded[kind]) / p95(readsIdle[kind])).toFixed(1)}x)`;
      console.info(
        `${instances} instance(s)${writesInFlight === undefined ? '' : `, ${writesInFlight} writes in flight`}: mutations ${summary(mutations)}; ${ratio.toFixed(2)} of raw; ` +
          `CPU per mutation: service ${cpuMsPerMutation.service.toFixed(1)} ms, ` +
          `database ${cpuMsPerMutation.database.toFixed(1)} ms, ` +
          `load generator ${cpuMsPerMutation.generator.toFixed(1)} ms; ` +
          `session read p95 ${idleToLoaded('session')}; ` +
          `the floor under it, p95: a bare answer ${idleToLoaded('bare')}, ` +
          `an answer after SELECT 1 ${idleToLoaded('query')}` +
          (refusals > 0 ? `; ${refusals} refused with 503 and sent again` : ''),
      );
    }
  } finally {
    await stopProcesses([bareReads]);
  }
} finally {
  await cluster.stop();
  rmSync(AUDIT_DIR, { recursive: true, force: true });
}
