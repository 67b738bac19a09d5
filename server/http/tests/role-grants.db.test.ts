import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionInfo } from '../../../shared/api';
import { User } from '../../../shared/users';
import { mutate, reauthenticate, signedOffCase } from '../../testing/case-steps';
import {
  addMember,
  createdAccount,
  createTestApp,
  setUpTeam,
  TEST_PASSWORD,
  type Team,
  type TestApp,
} from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

async function roleOf(client: { get(path: string): Promise<{ body: unknown }> }) {
  return SessionInfo.parse((await client.get('/api/session')).body).user.role;
}

describe('role changes', () => {
  let team: Team;
  beforeEach(async () => {
    team = await setUpTeam(t);
  });

  it('are never an administrator’s own: no admin changes their own role', async () => {
    for (const role of ['supervisor', 'reviewer', 'auditor']) {
      const own = await team.admin.patch(`/api/users/${team.ids.admin}`, { role });
      expect(errorOf(own)).toMatchObject({ code: 'forbidden', paths: ['role'] });
    }
    expect(await roleOf(team.admin)).toBe('admin');
  });

  it('grant supervisor only when a second administrator confirms, naming both in the audit', async () => {
    const asked = await team.admin.patch(`/api/users/${team.ids.reviewer}`, { role: 'supervisor' });
    const pending = User.parse(asked.body);
    expect(pending.role).toBe('reviewer');
    expect(pending.pendingGrant).toMatchObject({ role: 'supervisor', requestedBy: 'admin' });
    expect(await roleOf(team.reviewer)).toBe('reviewer');

    const grantId = pending.pendingGrant?.id ?? '';
    const bySelf = await team.admin.post(`/api/role-grants/${grantId}/confirm`);
    expect(errorOf(bySelf).code).toBe('four_eyes');
    const byGrantee = await team.reviewer.post(`/api/role-grants/${grantId}/confirm`);
    expect(errorOf(byGrantee).code).toBe('forbidden');

    const confirmed = await team.admin2.post(`/api/role-grants/${grantId}/confirm`);
    expect(User.parse(confirmed.body)).toMatchObject({ role: 'supervisor', pendingGrant: null });
    expect(await roleOf(team.reviewer)).toBe('supervisor');
    const twice = await team.admin2.post(`/api/role-grants/${grantId}/confirm`);
    expect(errorOf(twice).code).toBe('not_found');

    const [event] = await t.database.db.query<{ actor: string; details: Record<string, unknown> }>(
      `SELECT actor, details FROM audit_events
        WHERE action = 'user.roleChanged' AND details->>'userId' = $1`,
      [team.ids.reviewer],
    );
    expect(event?.actor).toBe('admin2');
    expect(event?.details).toMatchObject({
      username: 'reviewer',
      from: 'reviewer',
      to: 'supervisor',
      requestedBy: 'admin',
      confirmedBy: 'admin2',
    });
  });

  it('keep one person with two administrator accounts from giving either of them a deciding role', async () => {
    // Whoever holds "admin" and "admin2" asks for the supervisor role on one of them.
    const asked = await team.admin.patch(`/api/users/${team.ids.admin2}`, { role: 'supervisor' });
    const grantId = User.parse(asked.body).pendingGrant?.id ?? '';
    expect(errorOf(await team.admin.post(`/api/role-grants/${grantId}/confirm`)).code).toBe(
      'four_eyes',
    );
    expect(errorOf(await team.admin2.post(`/api/role-grants/${grantId}/confirm`)).code).toBe(
      'four_eyes',
    );
    expect(await roleOf(team.admin2)).toBe('admin');
  });

  it('leave an administrator unable to approve a sign-off, alone or through a role change', async () => {
    const signedOff = await signedOffCase(team.reviewer, 'disclose');
    await reauthenticate(team.admin);
    expect(errorOf(await mutate(team.admin, 'case.approve', signedOff)).code).toBe('forbidden');
    const own = await team.admin.patch(`/api/users/${team.ids.admin}`, { role: 'supervisor' });
    expect(errorOf(own).code).toBe('forbidden');
    expect(errorOf(await mutate(team.admin, 'case.approve', signedOff)).code).toBe('forbidden');
  });

  it('apply other roles at once, and withdraw a pending grant', async () => {
    const auditor = await team.admin.patch(`/api/users/${team.ids.reviewer2}`, { role: 'auditor' });
    expect(User.parse(auditor.body).role).toBe('auditor');
    const asked = await team.admin.patch(`/api/users/${team.ids.reviewer}`, { role: 'admin' });
    const grantId = User.parse(asked.body).pendingGrant?.id ?? '';
    const withdrawn = await team.admin2.post(`/api/role-grants/${grantId}/withdraw`);
    expect(User.parse(withdrawn.body)).toMatchObject({ role: 'reviewer', pendingGrant: null });
    expect(errorOf(await team.admin2.post(`/api/role-grants/${grantId}/confirm`)).code).toBe(
      'not_found',
    );
  });
});

describe('with a single administrator', () => {
  it('refuses supervisor and administrator grants with the reason, after one second administrator', async () => {
    const admin = t.client();
    await admin.post('/api/setup/first-admin', {
      username: 'founder',
      displayName: 'Fay Founder',
      password: TEST_PASSWORD,
    });
    const supervisor = await admin.post('/api/users', {
      username: 'sam',
      displayName: 'Sam Supervisor',
      role: 'supervisor',
    });
    expect(errorOf(supervisor)).toMatchObject({ code: 'forbidden', paths: ['role'] });
    expect(errorOf(supervisor).message).toMatch(/second administrator/);
    expect((await admin.get('/api/users')).body).toMatchObject({
      users: [{ username: 'founder' }],
    });

    // The installation's first administrator appoints one second administrator, once.
    const second = await addMember(t, admin, null, {
      username: 'second',
      displayName: 'Second Admin',
      role: 'admin',
    });
    const third = await admin.post('/api/users', {
      username: 'third',
      displayName: 'Third Admin',
      role: 'admin',
    });
    expect(createdAccount(third.body).user).toMatchObject({
      role: 'reviewer',
      pendingGrant: { role: 'admin' },
    });

    // With the second administrator gone, the first is alone again and grants nothing.
    await admin.patch(`/api/users/${second.id}`, { active: false });
    const reviewer = await admin.post('/api/users', {
      username: 'rita',
      displayName: 'Rita Reviewer',
      role: 'reviewer',
    });
    const ritaId = createdAccount(reviewer.body).user.id;
    const promote = await admin.patch(`/api/users/${ritaId}`, { role: 'supervisor' });
    expect(errorOf(promote)).toMatchObject({ code: 'forbidden', paths: ['role'] });
    const anotherAdmin = await admin.post('/api/users', {
      username: 'fourth',
      displayName: 'Fourth Admin',
      role: 'admin',
    });
    expect(errorOf(anotherAdmin).code).toBe('forbidden');
  });
});
