import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { User } from '../../../shared/users';
import {
  createTestApp,
  setUpTeam,
  TEST_PASSWORD,
  type Team,
  type TestApp,
} from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

describe('user administration', () => {
  it('lists users to administrators only, without password hashes', async () => {
    const listed = await team.admin.get('/api/users');
    expect(listed.status).toBe(200);
    const users = (listed.body as { users: unknown[] }).users.map((u) => User.strict().parse(u));
    expect(users.map((u) => u.username)).toEqual([
      'admin',
      'admin2',
      'auditor',
      'reviewer',
      'reviewer2',
      'supervisor',
      'supervisor2',
    ]);
    for (const other of [team.reviewer, team.supervisor, team.auditor]) {
      expect(errorOf(await other.get('/api/users')).code).toBe('forbidden');
      expect(
        errorOf(
          await other.post('/api/users', {
            username: 'sneaky',
            displayName: 'Sneaky',
            role: 'admin',
          }),
        ).code,
      ).toBe('forbidden');
    }
  });

  it('refuses a username that is taken', async () => {
    const again = await team.admin.post('/api/users', {
      username: 'Reviewer',
      displayName: 'Another Rita',
      role: 'reviewer',
    });
    expect(errorOf(again)).toMatchObject({ code: 'duplicate', paths: ['username'] });
  });

  it('refuses a display name another account has, whatever its case or spacing', async () => {
    const created = await team.admin.post('/api/users', {
      username: 'sam2',
      displayName: '  sam \t SUPERVISOR ',
      role: 'reviewer',
    });
    expect(errorOf(created)).toMatchObject({ code: 'duplicate', paths: ['displayName'] });
    expect(errorOf(created).message).toMatch(/supervisor is already called Sam Supervisor/);
    const renamed = await team.admin.patch(`/api/users/${team.ids.supervisor2}`, {
      displayName: 'Sam  Supervisor',
    });
    expect(errorOf(renamed)).toMatchObject({ code: 'duplicate', paths: ['displayName'] });
    // A closed account keeps its name: its acts are still on the record under it.
    await team.admin.patch(`/api/users/${team.ids.reviewer2}`, { active: false });
    const reused = await team.admin.patch(`/api/users/${team.ids.auditor}`, {
      displayName: 'remy reviewer',
    });
    expect(errorOf(reused)).toMatchObject({ code: 'duplicate', paths: ['displayName'] });
    const listed = (await team.admin.get('/api/users')).body as { users: User[] };
    expect(listed.users.map((u) => u.username)).not.toContain('sam2');
    expect(listed.users.find((u) => u.id === team.ids.supervisor2)?.displayName).toBe(
      'Sue Supervisor',
    );

    // An account may change the case or spacing of its own name, and take a freed one.
    const own = await team.admin.patch(`/api/users/${team.ids.supervisor}`, {
      displayName: 'Sam SUPERVISOR',
    });
    expect(User.parse(own.body).displayName).toBe('Sam SUPERVISOR');
    await team.admin.patch(`/api/users/${team.ids.supervisor}`, { displayName: 'Samuel Sup' });
    const freed = await team.admin.post('/api/users', {
      username: 'sam2',
      displayName: 'Sam Supervisor',
      role: 'reviewer',
    });
    expect(freed.status, JSON.stringify(freed.body)).toBe(200);
  });

  it('never changes a username, which the audit trail names people by', async () => {
    await expect(
      t.database.db.query("UPDATE users SET username = 'someone' WHERE username = 'reviewer'"),
    ).rejects.toThrow(/a username never changes/);
  });

  it('deactivating a user ends their sessions and stops their sign-in', async () => {
    const updated = await team.admin.patch(`/api/users/${team.ids.reviewer}`, { active: false });
    expect(User.parse(updated.body).active).toBe(false);
    // The cookie's holder learns why, so their workstation removes its copy of the cases.
    expect(errorOf(await team.reviewer.get('/api/session')).code).toBe('account_deactivated');
    expect(errorOf(await team.reviewer.get('/api/cases')).code).toBe('account_deactivated');
    expect(errorOf(await t.client().get('/api/cases')).code).toBe('unauthenticated');
    const login = await t.client().post('/api/session', {
      username: 'reviewer',
      password: TEST_PASSWORD,
    });
    expect(login.status).toBe(401);
  });

  it('applies a role change at the next request', async () => {
    await team.admin.patch(`/api/users/${team.ids.reviewer}`, { role: 'auditor' });
    expect(
      errorOf(await team.reviewer.post('/api/orders', { format: 'disclosure-desk/order@1' })).code,
    ).toBe('forbidden');
  });

  it('keeps the last active administrator from deactivating themselves', async () => {
    await team.admin.patch(`/api/users/${team.ids.admin2}`, { active: false });
    const deactivate = await team.admin.patch(`/api/users/${team.ids.admin}`, { active: false });
    expect(errorOf(deactivate)).toMatchObject({ code: 'forbidden', paths: ['active'] });
    const demoteOther = await team.admin2.patch(`/api/users/${team.ids.admin}`, {
      role: 'reviewer',
    });
    expect(errorOf(demoteOther).code).toBe('account_deactivated');
  });

  it('lets one administrator hand over to the other', async () => {
    const handedOver = await team.admin2.patch(`/api/users/${team.ids.admin}`, {
      role: 'reviewer',
    });
    expect(User.parse(handedOver.body).role).toBe('reviewer');
    const last = await team.admin.patch(`/api/users/${team.ids.admin2}`, { role: 'reviewer' });
    expect(errorOf(last).code).toBe('forbidden');
  });

  it('names bad fields and unknown users', async () => {
    const bad = await team.admin.patch(`/api/users/${team.ids.reviewer}`, { role: 'root' });
    expect(errorOf(bad)).toMatchObject({ code: 'validation', paths: ['role'] });
    const empty = await team.admin.patch(`/api/users/${team.ids.reviewer}`, {});
    expect(errorOf(empty).code).toBe('validation');
    const badId = await team.admin.patch('/api/users/42', { active: false });
    expect(errorOf(badId)).toMatchObject({ code: 'validation', paths: ['userId'] });
    const unknown = await team.admin.patch('/api/users/00000000-0000-4000-8000-000000000000', {
      active: false,
    });
    expect(errorOf(unknown).code).toBe('not_found');
  });

  it('audits every administrative change', async () => {
    await team.admin.patch(`/api/users/${team.ids.auditor}`, { displayName: 'Otto A.' });
    const events = await t.database.db.query<{ action: string; actor: string }>(
      "SELECT action, actor FROM audit_events WHERE action LIKE 'user.%' ORDER BY id",
    );
    const count = (action: string) => events.filter((e) => e.action === action).length;
    // Six accounts opened, each issued a code and enrolled; two supervisor roles granted.
    expect(count('user.create')).toBe(6);
    expect(count('user.enrolmentIssued')).toBe(6);
    expect(count('user.enrolled')).toBe(6);
    expect(count('user.roleGrantRequested')).toBe(2);
    expect(count('user.roleChanged')).toBe(2);
    expect(events.at(-1)).toEqual({ action: 'user.update', actor: 'admin' });
  });
});
