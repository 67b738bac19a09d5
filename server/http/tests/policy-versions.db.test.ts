import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PolicyRecord, PolicyVersionSummary } from '../../../shared/policy-record';
import { verifyAuditChain } from '../../audit/verify-audit-chain';
import { fetchCurrentPolicy, saveFranceNotAnswered } from '../../testing/policy-steps';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

const Versions = z.object({ versions: z.array(PolicyVersionSummary) });

describe('policy versions', () => {
  it('are seeded on first start, the 2024-09-23 version current', async () => {
    const listed = Versions.parse((await team.auditor.get('/api/policy/versions')).body);
    expect(listed.versions.map((v) => [v.version, v.basedOn, v.current])).toEqual([
      ['2018', null, false],
      ['2024-09-23', '2018', true],
    ]);
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

  it('an admin edit creates a new version on top of the current one, audited', async () => {
    const created = await saveFranceNotAnswered(team.admin, '2026-03-02-fr');
    expect(created).toMatchObject({
      version: '2026-03-02-fr',
      basedOn: '2024-09-23',
      createdByName: 'Ada Admin',
      current: true,
    });
    const listed = Versions.parse((await team.admin.get('/api/policy/versions')).body);
    expect(listed.versions.map((v) => v.version)).toEqual(['2018', '2024-09-23', '2026-03-02-fr']);
    // The version it was based on is untouched.
    const previous = PolicyRecord.parse(
      (await team.admin.get('/api/policy/versions/2024-09-23')).body,
    );
    expect(previous.policy.jurisdictions.find((j) => j.country === 'FR')?.status).toBe('answered');
    const [event] = await t.database.db.query<{ action: string; details: unknown }>(
      "SELECT action, details FROM audit_events WHERE action = 'policy.create_version'",
    );
    expect(event?.details).toMatchObject({ version: '2026-03-02-fr', basedOn: '2024-09-23' });
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('stored versions cannot be changed, even by SQL', async () => {
    await expect(
      t.database.db.exec("UPDATE policy_versions SET effective_from = '2000-01-01'"),
    ).rejects.toThrow(/append-only/);
  });

  it('only admins edit, and only on top of the current version', async () => {
    const current = await fetchCurrentPolicy(team.admin);
    const body = {
      basedOn: current.version,
      policy: { ...current.policy, version: 'v-next' },
      authorityDirectory: current.authorityDirectory,
    };
    expect((await team.supervisor.post('/api/policy/versions', body)).status).toBe(403);
    expect((await team.admin.post('/api/policy/versions', body)).status).toBe(200);
    const stale = await team.admin.post('/api/policy/versions', {
      ...body,
      policy: { ...body.policy, version: 'v-other' },
    });
    expect(errorOf(stale).code).toBe('stale_version');
    const reused = await team.admin.post('/api/policy/versions', { ...body, basedOn: 'v-next' });
    expect(errorOf(reused)).toMatchObject({ code: 'duplicate', paths: ['policy.version'] });
  });

  it('refuses an invalid document, naming each field path', async () => {
    const current = await fetchCurrentPolicy(team.admin);
    const refused = await team.admin.post('/api/policy/versions', {
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
    expect(
      Versions.parse((await team.admin.get('/api/policy/versions')).body).versions,
    ).toHaveLength(2);
  });
});
