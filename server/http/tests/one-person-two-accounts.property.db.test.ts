import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles';
import { PushResponse } from '../../../shared/sync';
import { IssuedEnrolment, UserCreated } from '../../../shared/users';
import {
  caseNow,
  completedReview,
  importCase,
  mutate,
  reauthenticate,
} from '../../testing/case-steps';
import { sampleOrder } from '../../testing/sample-order';
import {
  addMember,
  createTestApp,
  enrol,
  setUpSecondFactor,
  TEST_PASSWORD,
  type TestApp,
} from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

// One administrator, Ada, tries to act as two people. The service cannot know who types an
// enrolment code: every account Ada opens, or whose password she resets, she may enrol herself.
// What it can know is who asked for what, so one administrator alone must never bring an
// account she may hold to a supervisor's or administrator's role, nor approve a case that
// only her accounts worked on — whatever she tries, in whatever order, by either transport.

const RUNS = Number(process.env.ONE_PERSON_PROPERTY_RUNS ?? 6);

let t: TestApp | undefined;
afterEach(() => t?.close());

interface Held {
  client: TestClient;
  id: string;
  username: string;
}

/** Two administrators, the second honest and idle; an honest supervisor and reviewer. */
async function desk() {
  t = await createTestApp();
  const ada = t.client();
  const first = await ada.post('/api/setup/first-admin', {
    username: 'ada',
    displayName: 'Ada Admin',
    password: TEST_PASSWORD,
  });
  expect(first.status).toBe(200);
  await setUpSecondFactor(t, ada, 'ada');
  const adaId = (first.body as { user: { id: string } }).user.id;
  const alan = await addMember(t, ada, null, {
    username: 'alan',
    displayName: 'Alan Admin',
    role: 'admin',
  });
  const sue = await addMember(t, ada, alan.client, {
    username: 'sue',
    displayName: 'Sue Supervisor',
    role: 'supervisor',
  });
  const remy = await addMember(t, ada, null, {
    username: 'remy',
    displayName: 'Remy Reviewer',
    role: 'reviewer',
  });
  return {
    ada: { client: ada, id: adaId, username: 'ada' } satisfies Held,
    others: {
      alan: { ...alan, username: 'alan' },
      sue: { ...sue, username: 'sue' },
      remy: { ...remy, username: 'remy' },
    },
  };
}

const ROLES: readonly Role[] = ['reviewer', 'supervisor', 'admin', 'auditor'];

const attackArb = fc.oneof(
  fc.record({ kind: fc.constant('openOwnAccount' as const), role: fc.constantFrom(...ROLES) }),
  fc.record({
    kind: fc.constant('resetAndEnrol' as const),
    victim: fc.constantFrom('alan', 'sue', 'remy'),
  }),
  fc.record({ kind: fc.constant('confirmOpenGrants' as const) }),
  fc.record({ kind: fc.constant('grantRole' as const), role: fc.constantFrom(...ROLES) }),
  fc.record({
    kind: fc.constant('takeCaseToApproval' as const),
    via: fc.constantFrom('api' as const, 'push' as const),
  }),
);
type Attack = typeof attackArb extends fc.Arbitrary<infer A> ? A : never;

async function roleOf(id: string): Promise<Role> {
  const [row] = await t!.database.db.query<{ role: Role }>('SELECT role FROM users WHERE id = $1', [
    id,
  ]);
  return row!.role;
}

async function pushOne(client: TestClient, name: string, args: Record<string, unknown>) {
  const clientId = randomUUID();
  const body = { clientId, mutations: [{ seq: 1, name, args }] };
  // The outbox may send the same mutation twice.
  const first = await client.post('/api/sync/push', body);
  await client.post('/api/sync/push', body);
  const [ack] = first.status === 200 ? PushResponse.parse(first.body).acks : [];
  return ack?.status === 'applied';
}

describe('one administrator holding several accounts', () => {
  it('never reaches a guarded role or an approval alone, whatever she tries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(attackArb, { minLength: 2, maxLength: 7 }), async (attacks) => {
        const { ada, others } = await desk();
        const held: Held[] = [ada];
        let opened = 0;

        const act = async (attack: Attack) => {
          switch (attack.kind) {
            case 'openOwnAccount': {
              const username = `ada-${++opened}`;
              const created = await ada.client.post('/api/users', {
                username,
                // Under a name of its own: the desk refuses a name another account has.
                displayName: `Ada Admin ${opened}`,
                role: attack.role,
              });
              if (created.status !== 200) return;
              const { user, enrolment } = UserCreated.parse(created.body);
              held.push({ client: await enrol(t!, enrolment.code), id: user.id, username });
              return;
            }
            case 'resetAndEnrol': {
              const victim = others[attack.victim];
              if (held.some((h) => h.id === victim.id)) return;
              const reset = await ada.client.post(`/api/users/${victim.id}/enrolment`);
              if (reset.status !== 200) return;
              const { code } = IssuedEnrolment.parse(reset.body);
              held.push({
                client: await enrol(t!, code),
                id: victim.id,
                username: victim.username,
              });
              return;
            }
            case 'confirmOpenGrants': {
              const grants = await t!.database.db.query<{ id: string }>(
                'SELECT id FROM role_grants WHERE outcome IS NULL',
              );
              for (const grant of grants) {
                for (const h of held) await h.client.post(`/api/role-grants/${grant.id}/confirm`);
              }
              return;
            }
            case 'grantRole': {
              for (const admin of held) {
                for (const h of held) {
                  if (h.id !== admin.id) {
                    await admin.client.patch(`/api/users/${h.id}`, { role: attack.role });
                  }
                }
              }
              return;
            }
            case 'takeCaseToApproval': {
              const workers = [];
              for (const h of held) {
                if (['reviewer', 'supervisor'].includes(await roleOf(h.id))) workers.push(h);
              }
              const [intake] = workers;
              if (!intake) return;
              let current = await importCase(
                intake.client,
                sampleOrder({ reference: `ONE-${randomUUID()}` }),
              );
              for (const name of ['case.startReview', 'case.saveReview', 'case.signOff']) {
                if (name === 'case.signOff') await reauthenticate(intake.client);
                const extra =
                  name === 'case.saveReview'
                    ? { review: completedReview(current, 'disclose') }
                    : {};
                const done = await mutate(intake.client, name, current, extra);
                if (done.status !== 200) return;
                current = await caseNow(intake.client, current.id);
              }
              for (const approver of workers) {
                await reauthenticate(approver.client);
                const args = { caseId: current.id, version: current.version };
                if (attack.via === 'api') await mutate(approver.client, 'case.approve', current);
                else await pushOne(approver.client, 'case.approve', args);
              }
              return;
            }
          }
        };
        for (const attack of attacks) await act(attack);

        // Ada's own account is the only one she holds with a guarded role.
        for (const h of held.slice(1)) {
          expect(
            ['supervisor', 'admin'],
            `${h.username} after ${JSON.stringify(attacks)}`,
          ).not.toContain(await roleOf(h.id));
        }
        // No case was approved by one of her accounts after another of hers signed it off.
        const heldIds = held.map((h) => h.id);
        const approvals = await t!.database.db.query<{ approver: string; signer: string }>(
          `SELECT a.actor_id AS approver, s.actor_id AS signer
             FROM audit_events a JOIN audit_events s
               ON s.case_id = a.case_id AND s.action = 'case.signOff'
            WHERE a.action = 'case.approve'`,
        );
        for (const { approver, signer } of approvals) {
          expect(heldIds.includes(approver) && heldIds.includes(signer)).toBe(false);
        }
        await t!.close();
        t = undefined;
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('resets a supervisor to a reviewer until another administrator confirms the role', async () => {
    const { ada, others } = await desk();
    const reset = await ada.client.post(`/api/users/${others.sue.id}/enrolment`);
    expect(reset.status).toBe(200);
    expect(await roleOf(others.sue.id)).toBe('reviewer');
    const [grant] = await t!.database.db.query<{ id: string; requested_by: string }>(
      `SELECT id, requested_by FROM role_grants
        WHERE user_id = $1 AND role = 'supervisor' AND outcome IS NULL`,
      [others.sue.id],
    );
    expect(grant?.requested_by).toBe(ada.id);
    expect((await ada.client.post(`/api/role-grants/${grant?.id}/confirm`)).status).toBe(403);
    const confirmed = await others.alan.client.post(`/api/role-grants/${grant?.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(await roleOf(others.sue.id)).toBe('supervisor');

    // With the only other administrator's password reset, nobody could confirm: refused.
    const lone = await ada.client.post(`/api/users/${others.alan.id}/enrolment`);
    expect(lone.status).toBe(403);
    expect((lone.body as { error: { message: string } }).error.message).toMatch(
      /must be confirmed again by another administrator/,
    );
    expect(await roleOf(others.alan.id)).toBe('admin');
  }, 120_000);
});
