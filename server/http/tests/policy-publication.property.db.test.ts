import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CasePage } from '../../../shared/api';
import { calendarDaysAdd } from '../../../shared/policy';
import type { PolicyProposal } from '../../../shared/policy-record';
import { fetchCurrentPolicy, policyAdmins, policyEdit } from '../../testing/policy-steps';
import { createTestApp, setUpTeam, TEST_PASSWORD, type TestApp } from '../../testing/test-app';
import type { TestClient } from '../../testing/test-client';

// Any sequence of proposals, approvals and rejections by any of two administrators and a
// reviewer, with any effective dates and stale bases, leaves the rules as four eyes demand:
// every published version was approved by someone other than its proposer, effective dates
// never go backwards, and what is in force — on the service and in the change feed — is always
// a published version whose day has come.

let t: TestApp;
let actors: TestClient[];
let labels = 0;

beforeAll(async () => {
  t = await createTestApp();
  const team = await setUpTeam(t);
  const { admin, admin2 } = await policyAdmins(team);
  actors = [admin, admin2, team.reviewer];
});
afterAll(() => t.close());

const commandArb = fc.oneof(
  fc.record({
    kind: fc.constant('propose' as const),
    by: fc.integer({ min: 0, max: 2 }),
    offsetDays: fc.integer({ min: -2, max: 4 }),
    stale: fc.boolean(),
  }),
  fc.record({
    kind: fc.constantFrom('approve' as const, 'reject' as const),
    by: fc.integer({ min: 0, max: 2 }),
    pick: fc.nat(),
  }),
);

type Command = typeof commandArb extends fc.Arbitrary<infer C> ? C : never;

async function run(command: Command): Promise<void> {
  const actor = actors[command.by] ?? actors[0];
  if (!actor) throw new Error('no actor');
  const today = t.clock.now().toISOString().slice(0, 10);
  if (command.kind === 'propose') {
    labels += 1;
    const body = await policyEdit(
      actors[0] as TestClient,
      `p-${labels}`,
      calendarDaysAdd(today, command.offsetDays),
    );
    await actor.post('/api/policy/proposals', command.stale ? { ...body, basedOn: '2018' } : body);
    return;
  }
  const listed = await (actors[0] as TestClient).get('/api/policy/proposals');
  const proposals = (listed.body as { proposals: PolicyProposal[] }).proposals;
  const target = proposals[command.pick % Math.max(1, proposals.length)];
  if (!target) return;
  if (command.kind === 'approve') {
    await actor.post('/api/session/reauth', { password: TEST_PASSWORD });
  }
  await actor.post(
    `/api/policy/proposals/${target.id}/${command.kind}`,
    command.kind === 'reject' ? { comment: 'Not now.' } : {},
  );
}

async function checkInvariants(): Promise<void> {
  const rows = await t.database.db.query<{
    version: string;
    effective_from: string;
    created_by: string | null;
    approved_by: string | null;
  }>(
    `SELECT version, effective_from::text AS effective_from, created_by::text AS created_by,
            approved_by::text AS approved_by
       FROM policy_versions ORDER BY id`,
  );
  for (const row of rows) {
    if (row.created_by === null) continue;
    expect(row.approved_by).not.toBeNull();
    expect(row.approved_by).not.toBe(row.created_by);
  }
  const dates = rows.map((r) => r.effective_from);
  expect(dates).toEqual([...dates].sort());
  const today = t.clock.now().toISOString().slice(0, 10);
  const inForce = rows.filter((r) => r.effective_from <= today).at(-1);
  const reader = actors[2] as TestClient;
  expect((await fetchCurrentPolicy(reader)).version).toBe(inForce?.version);
  const page = CasePage.parse((await reader.get('/api/cases')).body);
  expect(page.policy?.version).toBe(inForce?.version);
  const published = await t.database.db.query<{
    details: { proposedBy: string; approvedBy: string };
  }>("SELECT details FROM audit_events WHERE action = 'policy.publish_version'");
  for (const { details } of published) expect(details.approvedBy).not.toBe(details.proposedBy);
}

describe('policy publication under any sequence of actions', () => {
  it('keeps four eyes on every published version and only published ones in force', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 1, maxLength: 6 }), async (commands) => {
        for (const command of commands) {
          await run(command);
          await checkInvariants();
        }
      }),
      { numRuns: 6 },
    );
  }, 600_000);
});
