import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PushResponse } from '../../../shared/sync';
import {
  caseNow,
  completedReview,
  importCase,
  mutate,
  reauthenticate,
  step,
} from '../../testing/case-steps';
import {
  addMember,
  createTestApp,
  setUpTeam,
  type Team,
  type TestApp,
} from '../../testing/test-app';
import { sampleOrder } from '../../testing/sample-order';
import { errorOf, type TestClient } from '../../testing/test-client';

let orders = 0;
/** A fresh order each time: the same reference twice is one order. */
const freshCase = (client: TestClient) =>
  importCase(client, sampleOrder({ reference: `PR-OWN-${++orders}` }));

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

async function pushOne(
  client: TestClient,
  name: string,
  args: Record<string, unknown>,
): Promise<{ applied: boolean; code: string | null }> {
  const response = await client.post('/api/sync/push', {
    clientId: randomUUID(),
    mutations: [{ seq: 1, name, args }],
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const [ack] = PushResponse.parse(response.body).acks;
  if (!ack) throw new Error('no acknowledgement');
  return ack.status === 'applied'
    ? { applied: true, code: null }
    : { applied: false, code: ack.error.code };
}

/** A second account of the person behind `reviewer`: no two accounts share a name. */
async function secondAccountOfRita(): Promise<{ client: TestClient; id: string }> {
  return addMember(t, team.admin, null, {
    username: 'rita-other',
    displayName: 'Rita R. Reviewer',
    role: 'reviewer',
  });
}

const TAKES_HOLD: readonly string[] = ['case.claim', 'case.startReview', 'case.resumeReview'];

describe('who holds a case', () => {
  it('lets only the holder save, request information or sign off a case in review', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    expect(current.assigneeId).toBe(team.ids.reviewer);
    const review = completedReview(current, 'disclose');
    const other = await secondAccountOfRita();

    for (const stranger of [team.reviewer2, team.supervisor, other.client]) {
      const seen = await caseNow(stranger, current.id);
      expect(seen.allowedActions).not.toContain('save_review');
      expect(seen.allowedActions).not.toContain('sign_off');
      const saved = await mutate(stranger, 'case.saveReview', current, { review });
      expect(saved.status).toBe(403);
      expect(errorOf(saved).message).toMatch(/Rita Reviewer holds this case/);
      await reauthenticate(stranger);
      expect(errorOf(await mutate(stranger, 'case.signOff', current)).code).toBe('forbidden');
      expect(
        errorOf(await mutate(stranger, 'case.requestInformation', current, { comment: 'x' })).code,
      ).toBe('forbidden');
      expect(
        await pushOne(stranger, 'case.saveReview', {
          caseId: current.id,
          version: current.version,
          review,
        }),
      ).toEqual({
        applied: false,
        code: 'forbidden',
      });
      expect(errorOf(await mutate(stranger, 'case.claim', current)).code).toBe('forbidden');
    }
    expect((await caseNow(team.reviewer, current.id)).version).toBe(current.version);
    current = await step(team.reviewer, 'case.saveReview', current, { review });
    await reauthenticate(team.reviewer);
    current = await step(team.reviewer, 'case.signOff', current);
    expect(current.status).toBe('signed_off');
  });

  it('lets a reviewer claim an unassigned case and release their own, audited', async () => {
    let current = await freshCase(team.supervisor);
    expect(current.allowedActions).toContain('claim');
    current = await step(team.reviewer2, 'case.claim', current);
    expect(current.assigneeId).toBe(team.ids.reviewer2);
    expect(current.assigneeName).toBe('Remy Reviewer');
    expect(errorOf(await mutate(team.reviewer, 'case.startReview', current)).code).toBe(
      'forbidden',
    );
    expect(errorOf(await mutate(team.reviewer, 'case.release', current)).code).toBe('forbidden');
    current = await step(team.reviewer2, 'case.startReview', current);
    current = await step(team.reviewer2, 'case.release', current);
    expect(current.assigneeId).toBeNull();
    // Nobody holds it now: nobody may edit it until someone claims it.
    const review = completedReview(current, 'disclose');
    expect(
      errorOf(await mutate(team.reviewer2, 'case.saveReview', current, { review })).message,
    ).toMatch(/claim it/);
    current = await step(team.reviewer, 'case.claim', current);
    current = await step(team.reviewer, 'case.saveReview', current, { review });
    expect(current.history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['Case claimed', 'Case released']),
    );
  });

  it('lets supervisors assign and reassign, never reviewers, and only to active case workers', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    expect(
      errorOf(
        await mutate(team.reviewer2, 'case.assign', current, { assigneeId: team.ids.reviewer2 }),
      ).code,
    ).toBe('forbidden');
    expect(
      (
        await pushOne(team.reviewer2, 'case.assign', {
          caseId: current.id,
          version: current.version,
          assigneeId: team.ids.reviewer2,
        })
      ).code,
    ).toBe('forbidden');
    const toAuditor = await mutate(team.supervisor, 'case.assign', current, {
      assigneeId: team.ids.auditor,
    });
    expect(toAuditor.status).toBe(400);
    expect(errorOf(toAuditor).paths).toEqual(['args.assigneeId']);
    const garbage = await mutate(team.supervisor, 'case.assign', current, { assigneeId: 'rita' });
    expect(errorOf(garbage).paths).toEqual(['args.assigneeId']);

    current = await step(team.supervisor, 'case.assign', current, {
      assigneeId: team.ids.reviewer2,
    });
    expect(current.assigneeName).toBe('Remy Reviewer');
    const review = completedReview(current, 'disclose');
    expect(errorOf(await mutate(team.reviewer, 'case.saveReview', current, { review })).code).toBe(
      'forbidden',
    );
    current = await step(team.reviewer2, 'case.saveReview', current, { review });
    const [event] = await t.database.db.query<{ details: { assignee: unknown } }>(
      `SELECT details FROM audit_events WHERE case_id = $1 AND action = 'case.assign'`,
      [current.id],
    );
    expect(event?.details.assignee).toEqual({ from: team.ids.reviewer, to: team.ids.reviewer2 });
  });

  it('has an administrator move a deactivated reviewer’s open cases in one step', async () => {
    let held = await freshCase(team.supervisor);
    held = await step(team.reviewer, 'case.startReview', held);
    let returned = await freshCase(team.supervisor);
    returned = await step(team.reviewer, 'case.claim', returned);
    const free = await freshCase(team.supervisor);
    expect(
      (await team.admin.patch(`/api/users/${team.ids.reviewer}`, { active: false })).status,
    ).toBe(200);
    expect(
      (
        await team.supervisor.post(`/api/users/${team.ids.reviewer}/reassign-cases`, {
          toUserId: team.ids.reviewer2,
        })
      ).status,
    ).toBe(403);
    const toAuditor = await team.admin.post(`/api/users/${team.ids.reviewer}/reassign-cases`, {
      toUserId: team.ids.auditor,
    });
    expect(errorOf(toAuditor).paths).toEqual(['toUserId']);
    const heldPath = `/api/users/${team.ids.reviewer}/held-cases`;
    expect((await team.supervisor.get(heldPath)).status).toBe(403);
    expect((await team.admin.get(heldPath)).body).toEqual({ open: 2 });
    const moved = await team.admin.post(`/api/users/${team.ids.reviewer}/reassign-cases`, {
      toUserId: team.ids.reviewer2,
    });
    expect(moved.body).toEqual({ reassigned: 2 });
    expect((await team.admin.get(heldPath)).body).toEqual({ open: 0 });
    expect((await caseNow(team.reviewer2, held.id)).assigneeId).toBe(team.ids.reviewer2);
    expect((await caseNow(team.reviewer2, returned.id)).assigneeId).toBe(team.ids.reviewer2);
    expect((await caseNow(team.reviewer2, free.id)).assigneeId).toBeNull();
    const holders = await team.supervisor.get('/api/case-holders');
    expect((holders.body as { holders: { id: string }[] }).holders.map((h) => h.id)).not.toContain(
      team.ids.reviewer,
    );
  });

  it('never applies an edit from anyone but the holder, whatever the order and the transport', async () => {
    const other = await secondAccountOfRita();
    const actors = {
      rita: { client: team.reviewer, id: team.ids.reviewer },
      remy: { client: team.reviewer2, id: team.ids.reviewer2 },
      sam: { client: team.supervisor, id: team.ids.supervisor },
      ritaOther: other,
    };
    const names = [
      'case.saveReview',
      'case.requestInformation',
      'case.resumeReview',
      'case.claim',
      'case.release',
      'case.startReview',
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            actor: fc.constantFrom(...(Object.keys(actors) as (keyof typeof actors)[])),
            name: fc.constantFrom(...names),
            via: fc.constantFrom('api', 'push'),
          }),
          { minLength: 3, maxLength: 8 },
        ),
        async (attempts) => {
          let current = await freshCase(team.supervisor);
          current = await step(team.reviewer, 'case.startReview', current);
          for (const attempt of attempts) {
            const actor = actors[attempt.actor];
            const holder = current.assigneeId ?? null;
            const args: Record<string, unknown> = { caseId: current.id, version: current.version };
            if (attempt.name === 'case.saveReview')
              args.review = completedReview(current, 'decline');
            if (attempt.name === 'case.requestInformation') args.comment = 'Which account?';
            let applied: boolean;
            if (attempt.via === 'api') {
              const response = await actor.client.post('/api/mutations', {
                name: attempt.name,
                args,
              });
              applied = response.status === 200;
            } else {
              applied = (await pushOne(actor.client, attempt.name, args)).applied;
            }
            const after = await caseNow(team.supervisor, current.id);
            const takesFreeCase = holder === null && TAKES_HOLD.includes(attempt.name);
            if (holder !== actor.id && !takesFreeCase) {
              expect(applied, `${attempt.actor} ${attempt.name} on a case held by ${holder}`).toBe(
                false,
              );
              expect(after.version).toBe(current.version);
              expect(after.review).toEqual(current.review);
            }
            current = after;
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
