import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CasePage } from '../../../shared/api';
import { policyChangesByEntry } from '../../../shared/policy';
import { PolicyProposal, PolicyRecord, PolicyVersionSummary } from '../../../shared/policy-record';
import { verifyAuditChain } from '../../audit/verify-audit-chain';
import { reauthenticate, signedOffCase } from '../../testing/case-steps';
import {
  fetchCurrentPolicy,
  franceNotAnswered,
  policyAdmins,
  type PolicyAdmins,
  policyEdit,
  propose,
  publishPolicy,
  saveFranceNotAnswered,
  TEST_DAY,
} from '../../testing/policy-steps';
import { sampleOrder } from '../../testing/sample-order';
import { createTestApp, setUpTeam, signIn, type Team, type TestApp } from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';

let t: TestApp;
let team: Team & PolicyAdmins;
beforeEach(async () => {
  t = await createTestApp();
  const members = await setUpTeam(t);
  team = { ...members, ...(await policyAdmins(members)) };
});
afterEach(() => t.close());

const Versions = z.object({ versions: z.array(PolicyVersionSummary) });
const Proposals = z.object({ proposals: z.array(PolicyProposal) });

async function versions(): Promise<PolicyVersionSummary[]> {
  return Versions.parse((await team.admin.get('/api/policy/versions')).body).versions;
}

async function approve(proposal: { id: string }, by = team.admin2) {
  await reauthenticate(by);
  return by.post(`/api/policy/proposals/${proposal.id}/approve`, {});
}

async function auditDetails(action: string): Promise<unknown[]> {
  const rows = await t.database.db.query<{ details: unknown }>(
    'SELECT details FROM audit_events WHERE action = $1 ORDER BY id',
    [action],
  );
  return rows.map((r) => r.details);
}

const DAY_MINUTES = 24 * 60;

/** Days pass; sessions end meanwhile, so everyone signs in again. */
async function daysPass(days: number): Promise<void> {
  t.clock.advanceMinutes(days * DAY_MINUTES);
  for (const [username, client] of [
    ['admin', team.admin],
    ['admin2', team.admin2],
    ['reviewer', team.reviewer],
  ] as const) {
    const login = await signIn(client, username);
    expect(login.status).toBe(200);
  }
}

describe('policy versions', () => {
  it('are seeded on first start, the 2024-09-23 version in force', async () => {
    const listed = Versions.parse((await team.auditor.get('/api/policy/versions')).body);
    expect(listed.versions.map((v) => [v.version, v.basedOn, v.current, v.approvedByName])).toEqual(
      [
        ['2018', null, false, null],
        ['2024-09-23', '2018', true, null],
      ],
    );
    const current = await fetchCurrentPolicy(team.reviewer);
    expect(current.version).toBe('2024-09-23');
    expect(current.authorityDirectory.entries.length).toBeGreaterThan(10);
    const old = PolicyRecord.parse((await team.supervisor.get('/api/policy/versions/2018')).body);
    expect(old.policy.offences.qualifying).toMatchObject({ kind: 'listed' });
  });

  it('are read by every signed-in role and by nobody else', async () => {
    for (const client of [team.admin, team.reviewer, team.supervisor, team.auditor]) {
      expect((await client.get('/api/policy')).status).toBe(200);
    }
    expect((await t.client().get('/api/policy')).status).toBe(401);
    expect((await team.reviewer.get('/api/policy/versions/1999')).status).toBe(404);
  });

  it('stored versions cannot be changed, even by SQL', async () => {
    await expect(
      t.database.db.exec("UPDATE policy_versions SET effective_from = '2000-01-01'"),
    ).rejects.toThrow(/append-only|permission denied/);
    // Even the owner of the table meets the trigger.
    await expect(
      t.database.owner.exec("UPDATE policy_versions SET effective_from = '2000-01-01'"),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses an invalid document, naming each field path', async () => {
    const current = await fetchCurrentPolicy(team.admin);
    const refused = await team.admin.post('/api/policy/proposals', {
      basedOn: current.version,
      policy: {
        ...current.policy,
        version: 'bad version!',
        jurisdictions: current.policy.jurisdictions.map((j, i) =>
          i === 0 ? { ...j, country: 'XX' } : j,
        ),
      },
      authorityDirectory: { ...current.authorityDirectory, entries: 'none' },
    });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).paths.sort()).toEqual(
      ['authorityDirectory.entries', 'policy.jurisdictions.0.country', 'policy.version'].sort(),
    );
    expect(await versions()).toHaveLength(2);
  });
});

describe('publishing a version takes a second administrator', () => {
  it('holds an edit as a proposal that is not in force, then publishes it with both names and a diff', async () => {
    const proposal = await propose(
      team.admin,
      await policyEdit(team.admin, '2026-03-02-fr', TEST_DAY, franceNotAnswered),
    );
    expect(proposal).toMatchObject({
      status: 'pending',
      basedOn: '2024-09-23',
      proposedByName: 'Ada Admin',
    });
    expect(proposal.changes).toContainEqual({
      path: 'policy.jurisdictions[FR].status',
      before: '"answered"',
      after: '"not_answered"',
    });
    // Not published: neither listed, nor in force, nor in the change feed.
    expect((await versions()).map((v) => v.version)).toEqual(['2018', '2024-09-23']);
    expect((await fetchCurrentPolicy(team.reviewer)).version).toBe('2024-09-23');
    expect((await team.reviewer.get('/api/policy/versions/2026-03-02-fr')).status).toBe(404);
    const page = CasePage.parse((await team.reviewer.get('/api/cases')).body);
    expect(page.policy?.version).toBe('2024-09-23');
    const after = CasePage.parse(
      (await team.reviewer.get(`/api/cases?cursor=${page.cursor}`)).body,
    );
    expect(after.policy).toBeUndefined();

    const published = PolicyRecord.parse((await approve(proposal)).body);
    expect(published).toMatchObject({
      version: '2026-03-02-fr',
      basedOn: '2024-09-23',
      createdByName: 'Ada Admin',
      approvedByName: 'Alan Admin',
      current: true,
    });
    expect((await fetchCurrentPolicy(team.reviewer)).version).toBe('2026-03-02-fr');
    const [event] = await auditDetails('policy.publish_version');
    expect(event).toMatchObject({
      version: '2026-03-02-fr',
      basedOn: '2024-09-23',
      proposedBy: 'Ada Admin',
      approvedBy: 'Alan Admin',
      changes: expect.arrayContaining([
        expect.objectContaining({ path: 'policy.jurisdictions[FR].status' }),
      ]),
    });
    expect(await auditDetails('policy.propose_version')).toHaveLength(1);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
    const listed = Proposals.parse((await team.admin.get('/api/policy/proposals')).body);
    expect(listed.proposals[0]).toMatchObject({ status: 'published', decidedByName: 'Alan Admin' });
  });

  it('refuses the proposer approving their own proposal, even twice or after a reload', async () => {
    const proposal = await propose(team.admin, await policyEdit(team.admin, 'v-own', TEST_DAY));
    for (let i = 0; i < 2; i++) {
      const refused = await approve(proposal, team.admin);
      expect(refused.status).toBe(403);
      expect(errorOf(refused).code).toBe('four_eyes');
    }
    expect((await versions()).map((v) => v.version)).not.toContain('v-own');
    // And by SQL: the database refuses a version published by its own proposer.
    await expect(
      t.database.db.query(
        `INSERT INTO policy_versions (version, effective_from, policy, authority_directory,
                                      based_on, created_by, approved_by, created_at)
         SELECT 'v-sql', effective_from, jsonb_set(policy, '{version}', '"v-sql"'),
                authority_directory, version, $1, $1, now()
           FROM policy_versions WHERE version = '2024-09-23'`,
        [team.ids.admin],
      ),
    ).rejects.toThrow(/four_eyes/);
    // Published once by the second admin; a second approval finds it decided.
    expect((await approve(proposal)).status).toBe(200);
    expect(errorOf(await approve(proposal)).code).toBe('invalid_transition');
  });

  it('asks the approving administrator for their password again', async () => {
    const proposal = await propose(team.admin, await policyEdit(team.admin, 'v-reauth', TEST_DAY));
    const unconfirmed = await team.admin2.post(`/api/policy/proposals/${proposal.id}/approve`, {});
    expect(errorOf(unconfirmed).code).toBe('reauth_required');
    expect((await approve(proposal)).status).toBe(200);
  });

  it('lets only administrators propose, list, approve and reject', async () => {
    const body = await policyEdit(team.admin, 'v-roles', TEST_DAY);
    for (const client of [team.reviewer, team.supervisor, team.auditor]) {
      expect(errorOf(await client.post('/api/policy/proposals', body)).code).toBe('forbidden');
      expect(errorOf(await client.get('/api/policy/proposals')).code).toBe('forbidden');
    }
    // The old direct route no longer publishes anything.
    expect((await team.admin.post('/api/policy/versions', body)).status).toBe(404);
    const proposal = await propose(team.admin, body);
    for (const client of [team.reviewer, team.supervisor, team.auditor]) {
      expect(errorOf(await approve(proposal, client)).code).toBe('forbidden');
      const reject = await client.post(`/api/policy/proposals/${proposal.id}/reject`, {
        comment: 'no',
      });
      expect(errorOf(reject).code).toBe('forbidden');
    }
    expect(errorOf(await team.admin2.post('/api/policy/proposals/nope/approve', {})).paths).toEqual(
      ['proposalId'],
    );
  });

  it('refuses an edit or an approval over a version published since (stale base)', async () => {
    const first = await propose(team.admin, await policyEdit(team.admin, 'v-a', TEST_DAY));
    const second = await propose(team.admin2, await policyEdit(team.admin2, 'v-b', TEST_DAY));
    expect((await approve(first)).status).toBe(200);
    const stale = await approve(second, team.admin);
    expect(errorOf(stale).code).toBe('stale_version');
    const staleEdit = await team.admin.post('/api/policy/proposals', {
      ...(await policyEdit(team.admin, 'v-c', TEST_DAY)),
      basedOn: '2024-09-23',
    });
    expect(errorOf(staleEdit).code).toBe('stale_version');
    expect((await versions()).map((v) => v.version)).toEqual(['2018', '2024-09-23', 'v-a']);
  });

  it('refuses a past effective date, at proposal and at approval', async () => {
    const past = await team.admin.post(
      '/api/policy/proposals',
      await policyEdit(team.admin, 'v-past', '2026-03-01'),
    );
    expect(past.status).toBe(400);
    expect(errorOf(past).paths).toEqual(['policy.effectiveFrom']);
    // Proposed for tomorrow, approved only the day after: that date has passed too.
    const late = await propose(team.admin, await policyEdit(team.admin, 'v-late', '2026-03-03'));
    await daysPass(2);
    const refused = await approve(late);
    expect(errorOf(refused)).toMatchObject({ code: 'validation', paths: ['policy.effectiveFrom'] });
    expect((await versions()).map((v) => v.version)).toEqual(['2018', '2024-09-23']);
  });

  it('refuses a label already used, and lets a rejected proposal be made again', async () => {
    const body = await policyEdit(team.admin, 'v-label', TEST_DAY);
    const proposal = await propose(team.admin, body);
    expect(errorOf(await team.admin.post('/api/policy/proposals', body))).toMatchObject({
      code: 'duplicate',
      paths: ['policy.version'],
    });
    const missing = await team.admin2.post(`/api/policy/proposals/${proposal.id}/reject`, {});
    expect(errorOf(missing).paths).toEqual(['comment']);
    const rejected = await team.admin2.post(`/api/policy/proposals/${proposal.id}/reject`, {
      comment: 'The French suspension has not been decided yet.',
    });
    expect(PolicyProposal.parse(rejected.body)).toMatchObject({
      status: 'rejected',
      decidedByName: 'Alan Admin',
    });
    expect(errorOf(await approve(proposal)).code).toBe('invalid_transition');
    expect(await auditDetails('policy.reject_version')).toEqual([
      expect.objectContaining({ version: 'v-label', rejectedBy: 'Alan Admin' }),
    ]);
    expect((await propose(team.admin, body)).status).toBe('pending');
  });
});

describe('the effective date', () => {
  it('decides which version a case is judged under at sign-off, and the case shows it', async () => {
    const later = await publishPolicy(
      team,
      await policyEdit(team.admin, '2026-03-05', '2026-03-05', (p) => ({
        ...p,
        note: 'Applies from 5 March 2026.',
      })),
    );
    expect(later.current).toBe(false);
    // Published, but not yet in force: neither the service nor the feed uses it before its day.
    expect((await fetchCurrentPolicy(team.reviewer)).version).toBe('2024-09-23');
    expect(CasePage.parse((await team.reviewer.get('/api/cases')).body).policy?.version).toBe(
      '2024-09-23',
    );
    const before = await signedOffCase(team.reviewer, 'disclose');
    expect(before.decidedUnder?.policyVersion).toBe('2024-09-23');

    await daysPass(3);
    expect((await fetchCurrentPolicy(team.reviewer)).version).toBe('2026-03-05');
    const after = await signedOffCase(
      team.reviewer,
      'disclose',
      sampleOrder({ reference: 'PR-PARIS-2026-000777', receivedAt: '2026-03-05T08:00:00Z' }),
    );
    expect(after.decidedUnder?.policyVersion).toBe('2026-03-05');
    expect(CasePage.parse((await team.reviewer.get('/api/cases')).body).policy?.version).toBe(
      '2026-03-05',
    );
  });

  it('cannot be earlier than that of the version an edit replaces', async () => {
    await publishPolicy(team, await policyEdit(team.admin, 'v-june', '2026-06-01'));
    const earlier = await team.admin.post(
      '/api/policy/proposals',
      await policyEdit(team.admin, 'v-april', '2026-04-01'),
    );
    expect(errorOf(earlier)).toMatchObject({ code: 'validation', paths: ['policy.effectiveFrom'] });
  });

  it('shows and audits a publication against the version in force, not only its base', async () => {
    // A version still to come is the base of the next edit; the one in force stays 2024-09-23.
    await publishPolicy(
      team,
      await policyEdit(team.admin, 'v-june', '2026-06-01', franceNotAnswered),
    );
    const edit = await policyEdit(team.admin, 'v-july', '2026-07-01');
    const [first, ...others] = edit.authorityDirectory.entries;
    if (!first) throw new Error('the seeded directory is empty');
    const renamed = { ...first, name: 'Renamed authority for the test' };
    const body = {
      ...edit,
      // Reordered entries are not a change; only the renamed one is.
      authorityDirectory: { ...edit.authorityDirectory, entries: [...others.reverse(), renamed] },
    };
    // A client cannot hand the service a diff of its own.
    const hostile = await team.admin.post('/api/policy/proposals', {
      ...body,
      inForce: 'v-june',
      changesFromInForce: [],
    });
    expect(hostile.status).toBe(400);

    const proposal = await propose(team.admin, body);
    expect(proposal.basedOn).toBe('v-june');
    expect(proposal.inForce).toBe('2024-09-23');
    expect(proposal.changes.map((c) => c.path)).not.toContain('policy.jurisdictions[FR].status');
    const entries = proposal.changesFromInForce.map((c) => [c.section, c.key, c.change]);
    expect(entries).toEqual([
      ['jurisdiction', 'FR', 'changed'],
      ['authority', first.id, 'changed'],
      ['policy', '', 'changed'],
    ]);
    expect(proposal.changesFromInForce[1]?.fields).toEqual([
      {
        path: 'name',
        before: JSON.stringify(first.name),
        after: '"Renamed authority for the test"',
      },
    ]);

    expect((await approve(proposal)).status).toBe(200);
    const inForce = PolicyRecord.parse(
      (await team.reviewer.get('/api/policy/versions/2024-09-23')).body,
    );
    const published = PolicyRecord.parse(
      (await team.reviewer.get('/api/policy/versions/v-july')).body,
    );
    const [event] = (await auditDetails('policy.publish_version')).slice(-1);
    expect(event).toMatchObject({
      version: 'v-july',
      basedOn: 'v-june',
      inForce: '2024-09-23',
      proposedBy: 'Ada Admin',
      approvedBy: 'Alan Admin',
    });
    expect((event as { changesFromInForce: unknown }).changesFromInForce).toEqual(
      policyChangesByEntry(inForce, published),
    );
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('lets a published edit be read back by its label', async () => {
    const saved = await saveFranceNotAnswered(team, '2026-03-02-fr');
    const read = PolicyRecord.parse(
      (await team.reviewer.get('/api/policy/versions/2026-03-02-fr')).body,
    );
    expect(read).toEqual(saved);
  });
});
