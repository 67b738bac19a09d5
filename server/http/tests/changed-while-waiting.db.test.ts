import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PushResponse } from '../../../shared/sync';
import { caseNow, mutate, reauthenticate, signedOffCase } from '../../testing/case-steps';
import { sampleOrder } from '../../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';
import { WriteAdmission } from '../write-admission';

// A request is authenticated when it arrives, then waits: for its turn at the write gate,
// or behind the earlier actions of its push. Whatever an administrator changes about the
// person meanwhile must hold for the action when it runs.

/** A write gate that runs a change just before the turn it is asked for the nth time. */
class GateWithChange extends WriteAdmission {
  private turns = 0;
  private change: { turn: number; run: () => Promise<void> } | null = null;

  before(turn: number, run: () => Promise<void>): void {
    this.turns = 0;
    this.change = { turn, run };
  }

  override async run<T>(
    task: (leave: () => void) => Promise<T>,
    options?: { mayRefuse?: boolean },
  ): Promise<T> {
    const change = this.change;
    if (change && ++this.turns === change.turn) await change.run();
    return super.run(task, options);
  }
}

let t: TestApp;
let team: Team;
let gate: GateWithChange;
afterEach(() => t.close());

async function open(): Promise<void> {
  gate = new GateWithChange({ inFlight: 2, maxWaitMs: 60_000, maxWaiting: 1_000 });
  t = await createTestApp({ writeAdmission: gate });
  team = await setUpTeam(t);
}

async function ok(response: Promise<{ status: number; body: unknown }>): Promise<void> {
  const { status, body } = await response;
  expect(status, JSON.stringify(body)).toBe(200);
}

/** What an administrator does to the supervisor, and what the supervisor's action meets. */
const CHANGES = [
  {
    what: 'demoted to reviewer',
    change: () => ok(team.admin.patch(`/api/users/${team.ids.supervisor}`, { role: 'reviewer' })),
    // Still signed in, as a reviewer, who may not approve: a decision, not a pause.
    direct: 'forbidden',
    pushed: { status: 'refused', code: 'forbidden' },
  },
  {
    what: 'deactivated',
    change: () => ok(team.admin.patch(`/api/users/${team.ids.supervisor}`, { active: false })),
    direct: 'account_deactivated',
    pushed: { status: 'blocked', code: 'account_deactivated' },
  },
  {
    what: 'reset by an administrator',
    change: () => ok(team.admin.post(`/api/users/${team.ids.supervisor}/enrolment`)),
    direct: 'unauthenticated',
    pushed: { status: 'blocked', code: 'unauthenticated' },
  },
] as const;

async function approvalsBy(userId: string): Promise<number> {
  const [row] = await t.database.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM disclosure_records WHERE approved_by = $1',
    [userId],
  );
  return row?.n ?? 0;
}

describe('a supervisor changed by an administrator while an approval waits', () => {
  it.each(CHANGES)('is not approved by one $what on the direct route', async (c) => {
    await open();
    const signed = await signedOffCase(team.reviewer, 'disclose', sampleOrder());
    await reauthenticate(team.supervisor);
    gate.before(1, c.change);
    const response = await mutate(team.supervisor, 'case.approve', signed);
    expect(errorOf(response).code).toBe(c.direct);
    expect((await caseNow(team.supervisor2, signed.id)).status).toBe('signed_off');
    expect(await approvalsBy(team.ids.supervisor)).toBe(0);
  });

  it.each(CHANGES)('is not approved by one $what later in a push', async (c) => {
    await open();
    const first = await signedOffCase(team.reviewer, 'disclose', sampleOrder({ reference: 'A-1' }));
    const second = await signedOffCase(
      team.reviewer,
      'disclose',
      sampleOrder({ reference: 'A-2' }),
    );
    await reauthenticate(team.supervisor);
    // The push is admitted in turn 1, with its first action; the second waits for turn 2.
    gate.before(2, c.change);
    const response = await team.supervisor.post('/api/sync/push', {
      clientId: randomUUID(),
      mutations: [
        { seq: 1, name: 'case.approve', args: { caseId: first.id, version: first.version } },
        { seq: 2, name: 'case.approve', args: { caseId: second.id, version: second.version } },
      ],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const { acks, blocked } = PushResponse.parse(response.body);
    expect(acks[0]?.status).toBe('applied');
    if (c.pushed.status === 'refused') {
      expect(acks[1]).toMatchObject({ status: 'refused', error: { code: c.pushed.code } });
      expect(blocked).toBeNull();
    } else {
      // Not decided: it stays queued on the workstation, for whoever may send it later.
      expect(acks).toHaveLength(1);
      expect(blocked).toMatchObject({ seq: 2, error: { code: c.pushed.code } });
    }
    expect((await caseNow(team.supervisor2, second.id)).status).toBe('signed_off');
    expect(await approvalsBy(team.ids.supervisor)).toBe(1);
  });
});
