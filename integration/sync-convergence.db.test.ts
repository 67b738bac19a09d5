import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDetail } from '../shared/case-record';
import { MUTATION_ACTIONS } from '../shared/mutations';
import { OfflineError } from '../renderer/lib/api-errors';
import { keepNewerServerCopy } from '../renderer/lib/keep-newer-server-copy';
import type { CaseMutation } from '../renderer/lib/cases/case-mutation-type';
import { enqueueMutation } from '../renderer/lib/sync/enqueue';
import { withPendingDetail, withPendingSummary } from '../renderer/lib/sync/local-effects';
import { syncOnce } from '../renderer/lib/sync/sync-engine';
import { completedReview, importCase, reauthenticate } from '../server/testing/case-steps';
import { sampleOrder } from '../server/testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../server/testing/test-app';
import { sessionFetch, Workstation } from './sync-client';

/**
 * Model-based test of the outbox protocol: random interleavings of local actions, syncs,
 * lost answers, pulls cut off mid-way, duplicated and late deliveries, app restarts and two
 * windows sharing one database, against the real case service (HTTP handler over PGlite or
 * PostgreSQL) and the renderer's real Dexie code. Afterwards every action is decided exactly
 * once, every accepted one changed its case exactly once, and every mirror equals the server.
 */

let t: TestApp;
let team: Team;
beforeAll(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
  // The test clock stands still, so these confirmations cover every queued sign-off.
  await reauthenticate(team.reviewer);
  await reauthenticate(team.reviewer2);
}, 60_000);
afterAll(() => t.close());

const ACTIONS = [
  'case.startReview',
  'case.saveReview',
  'case.requestInformation',
  'case.resumeReview',
  'case.signOff',
] as const;
type Action = (typeof ACTIONS)[number];

interface Run {
  stations: Workstation[];
  caseIds: string[];
  /** Seqs handed out per database, whichever window of it queued them. */
  queued: Map<string, number[]>;
}

type Command = fc.AsyncCommand<object, Run>;

async function sync(station: Workstation): Promise<void> {
  try {
    await syncOnce(station.database, station.api, station.user);
  } catch (error) {
    if (!(error instanceof OfflineError)) throw error;
  }
}

class Act implements Command {
  constructor(
    readonly station: number,
    readonly caseIndex: number,
    readonly action: Action,
    readonly complete: boolean,
    /** Take an action the case offers now, rather than the drawn one, which may be refused. */
    readonly sensible: boolean,
    readonly pick: number,
  ) {}
  check = () => true;
  async run(_: object, run: Run): Promise<void> {
    const station = run.stations[this.station]!;
    const caseId = run.caseIds[this.caseIndex]!;
    const { database, user } = station;
    const pending = await database.outbox.where('caseId').equals(caseId).sortBy('seq');
    // The user opens the case: the screen fetches what the mirror does not hold yet.
    if (!(await database.details.get(caseId))) {
      await keepNewerServerCopy(database, await station.api.fetchCase(caseId), new Date());
    }
    const copy = await database.details.get(caseId);
    const summary = await database.summaries.get(caseId);
    const detail = copy ? withPendingDetail(copy.detail, pending, user) : null;
    const version =
      detail?.version ?? (summary ? withPendingSummary(summary, pending, user).version : null);
    if (version === null) return;
    const ref = { caseId, version };
    const offered = ACTIONS.filter((a) => detail?.allowedActions.includes(MUTATION_ACTIONS[a]));
    const action =
      this.sensible && offered.length > 0 ? offered[this.pick % offered.length]! : this.action;
    let mutation: CaseMutation;
    if (action === 'case.saveReview') {
      if (!detail) return;
      const review = completedReview(detail, 'disclose');
      if (!this.complete) review.checks.scope = { result: 'needs_review', note: '' };
      mutation = { name: 'case.saveReview', args: { ...ref, review } };
    } else if (action === 'case.requestInformation') {
      mutation = { name: action, args: { ...ref, comment: 'Which account, exactly?' } };
    } else {
      mutation = { name: action, args: ref };
    }
    const result = await enqueueMutation(database, mutation);
    if (!result.ok) throw new Error(result.error.message);
    const list = run.queued.get(station.name) ?? [];
    list.push(result.seq);
    run.queued.set(station.name, list);
  }
  toString = () =>
    `act(${this.station}, case ${this.caseIndex}, ${this.sensible ? 'offered' : this.action})`;
}

class Sync implements Command {
  constructor(readonly station: number) {}
  check = () => true;
  run = (_: object, run: Run) => sync(run.stations[this.station]!);
  toString = () => `sync(${this.station})`;
}

class SyncBothWindows implements Command {
  check = () => true;
  // Windows 0 and 2 share one database; here they sync at the same moment, without the lock.
  run = async (_: object, run: Run) => {
    await Promise.all([sync(run.stations[0]!), sync(run.stations[2]!)]);
  };
  toString = () => 'sync(0 and 2 at once)';
}

class LoseAnswer implements Command {
  constructor(readonly station: number) {}
  check = () => true;
  run = async (_: object, run: Run) => {
    const station = run.stations[this.station]!;
    station.loseNextPushAnswer = true;
    await sync(station);
    station.loseNextPushAnswer = false;
  };
  toString = () => `loseAnswer(${this.station})`;
}

class DropPull implements Command {
  constructor(
    readonly station: number,
    readonly pages: number,
  ) {}
  check = () => true;
  run = async (_: object, run: Run) => {
    const station = run.stations[this.station]!;
    station.pagesBeforeDrop = this.pages;
    await sync(station);
    station.pagesBeforeDrop = null;
  };
  toString = () => `dropPull(${this.station}, after ${this.pages} pages)`;
}

class Redeliver implements Command {
  constructor(
    readonly station: number,
    readonly index: number,
  ) {}
  check = () => true;
  run = async (_: object, run: Run) => {
    const station = run.stations[this.station]!;
    if (station.sent.length === 0) return;
    const response = await station.deliverAgain(this.index);
    // A late copy may carry seqs whose first delivery never arrived; those it applies, in
    // order. Everything the server had already decided comes back as a replay.
    seen.replayed += response.acks.filter((a) => a.replayed).length;
  };
  toString = () => `redeliver(${this.station}, #${this.index})`;
}

class Restart implements Command {
  constructor(readonly station: number) {}
  check = () => true;
  run = (_: object, run: Run) => run.stations[this.station]!.restart();
  toString = () => `restart(${this.station})`;
}

const act = fc
  .tuple(fc.nat(2), fc.nat(1), fc.constantFrom(...ACTIONS), fc.boolean(), fc.boolean(), fc.nat(5))
  .map(([s, c, a, complete, sensible, pick]) => new Act(s, c, a, complete, sensible, pick));

// Actions are listed several times so that runs are mostly work, with faults in between.
const commands = [
  act,
  act,
  act,
  act,
  fc.nat(2).map((s) => new Sync(s)),
  fc.constant(new SyncBothWindows()),
  fc.nat(2).map((s) => new LoseAnswer(s)),
  fc.tuple(fc.nat(2), fc.nat(3)).map(([s, p]) => new DropPull(s, p)),
  fc.tuple(fc.nat(2), fc.nat(20)).map(([s, i]) => new Redeliver(s, i)),
  fc.nat(2).map((s) => new Restart(s)),
];

let runNumber = 0;
/** Over all runs, so the test can show it exercised both acceptance and refusal. */
const seen = { applied: 0, refused: 0, replayed: 0 };

async function newRun(): Promise<Run> {
  runNumber += 1;
  const caseIds: string[] = [];
  for (const n of [1, 2]) {
    const order = sampleOrder({ reference: `MODEL-${runNumber}-${n}` });
    caseIds.push((await importCase(team.reviewer, order)).id);
  }
  const reviewer = {
    id: team.ids.reviewer,
    displayName: 'Rita Reviewer',
    role: 'reviewer' as const,
  };
  const reviewer2 = {
    id: team.ids.reviewer2,
    displayName: 'Remy Reviewer',
    role: 'reviewer' as const,
  };
  const shared = `model-${runNumber}-rita`;
  return {
    caseIds,
    queued: new Map(),
    stations: [
      new Workstation(shared, reviewer, sessionFetch(t.app, team.reviewer), 3),
      new Workstation(`model-${runNumber}-remy`, reviewer2, sessionFetch(t.app, team.reviewer2), 3),
      // A second window of the first reviewer, on the same IndexedDB database.
      new Workstation(shared, reviewer, sessionFetch(t.app, team.reviewer), 3),
    ],
  };
}

async function settle(run: Run): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const station of run.stations) await sync(station);
  }
}

async function expectExactlyOnceAndConverged(run: Run): Promise<void> {
  const db = t.database.db;
  for (const station of run.stations) {
    expect(await station.database.outbox.count(), `${station.name} outbox`).toBe(0);
  }
  // Every queued seq decided exactly once; the refusals the workstation lists are exactly
  // the server's.
  for (const [name, seqs] of run.queued) {
    const station = run.stations.find((s) => s.name === name)!;
    const clientId = (await station.database.meta.get('clientId'))?.value;
    const outcomes = await db.query<{ seq: string; status: string }>(
      'SELECT seq::text AS seq, status FROM sync_outcomes WHERE client_id = $1 ORDER BY sync_outcomes.seq',
      [clientId ?? '00000000-0000-0000-0000-000000000000'],
    );
    expect(outcomes.map((o) => Number(o.seq))).toEqual([...seqs].sort((a, b) => a - b));
    const refusedHere = (await station.database.refused.toArray()).map((r) => r.seq);
    const refusedThere = outcomes.filter((o) => o.status === 'refused').map((o) => Number(o.seq));
    expect(refusedHere.sort((a, b) => a - b)).toEqual(refusedThere);
    seen.applied += outcomes.length - refusedThere.length;
    seen.refused += refusedThere.length;
  }
  for (const caseId of run.caseIds) {
    // Each accepted action changed its case exactly once: one version step and one audit
    // event per applied outcome, however often it was delivered.
    const [applied] = await db.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM sync_outcomes WHERE case_id = $1 AND status = 'applied'",
      [caseId],
    );
    const [events] = await db.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM audit_events WHERE case_id = $1 AND action LIKE 'case.%'",
      [caseId],
    );
    const server = CaseDetail.parse((await team.reviewer.get(`/api/cases/${caseId}`)).body);
    expect(server.version - 1).toBe(Number(applied?.n));
    expect(Number(events?.n)).toBe(Number(applied?.n));
    for (const station of run.stations) {
      const summary = await station.database.summaries.get(caseId);
      expect(summary, `${station.name} mirror of ${caseId}`).toMatchObject({
        status: server.status,
        version: server.version,
      });
      const copy = await station.database.details.get(caseId);
      if (copy) expect(copy.detail.version).toBe(server.version);
    }
  }
}

describe('outbox and pull against the real case service', () => {
  it('applies every accepted action exactly once and converges, whatever the network does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40, size: 'medium' }), async (cmds) => {
        const run = await newRun();
        for (const station of run.stations) await sync(station);
        await fc.asyncModelRun(() => ({ model: {}, real: run }), cmds);
        await settle(run);
        await expectExactlyOnceAndConverged(run);
        for (const station of run.stations) station.database.close();
      }),
      // Each run works a real database, so shrinking would take minutes; the counterexample
      // printed on failure replays as it is.
      { numRuns: 20, endOnFailure: true },
    );
    expect(seen.applied).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
    expect(seen.replayed).toBeGreaterThan(0);
  }, 240_000);
});
