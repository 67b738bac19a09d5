import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenSession } from '../../../shared/api';
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

const sessionsOf = (body: unknown) =>
  OpenSession.array().parse((body as { sessions: unknown }).sessions);

describe('sessions', () => {
  it('signing in ends the session the incoming cookie names', async () => {
    const before = team.reviewer.sessionCookie;
    const again = await team.reviewer.post('/api/session', {
      username: 'reviewer2',
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(200);
    const stale = t.client();
    stale.sessionCookie = before;
    expect(errorOf(await stale.get('/api/session')).code).toBe('unauthenticated');
  });

  it('are listed to their user, who can end another of their own but no one else’s', async () => {
    const laptop = t.client();
    await laptop.post(
      '/api/session',
      { username: 'reviewer', password: TEST_PASSWORD },
      {
        client: '192.0.2.44',
      },
    );
    const listed = sessionsOf((await team.reviewer.get('/api/sessions')).body);
    expect(listed).toHaveLength(2);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    const other = listed.find((s) => !s.current);
    expect(other?.client).toBe('192.0.2.44');

    const supervisorSession = sessionsOf((await team.supervisor.get('/api/sessions')).body)[0];
    const notMine = await team.reviewer.delete(`/api/sessions/${supervisorSession?.id}`);
    expect(errorOf(notMine).code).toBe('not_found');
    expect((await team.supervisor.get('/api/session')).status).toBe(200);

    expect((await team.reviewer.delete(`/api/sessions/${other?.id}`)).status).toBe(200);
    expect(errorOf(await laptop.get('/api/session')).code).toBe('unauthenticated');
    expect((await team.reviewer.get('/api/session')).status).toBe(200);
  });

  it('of anyone can be listed and ended by an administrator', async () => {
    const listed = sessionsOf(
      (await team.admin.get(`/api/users/${team.ids.supervisor}/sessions`)).body,
    );
    expect(listed).toHaveLength(1);
    const forbidden = await team.reviewer.get(`/api/users/${team.ids.supervisor}/sessions`);
    expect(errorOf(forbidden).code).toBe('forbidden');
    expect((await team.admin.delete(`/api/sessions/${listed[0]?.id}`)).status).toBe(200);
    expect(errorOf(await team.supervisor.get('/api/session')).code).toBe('unauthenticated');
    const [event] = await t.database.db.query<{ actor: string; details: { username: string } }>(
      "SELECT actor, details FROM audit_events WHERE action = 'session.ended'",
    );
    expect(event).toMatchObject({ actor: 'admin', details: { username: 'supervisor' } });
  });

  it('ended by a timeout are recorded in the audit trail once', async () => {
    t.clock.advanceMinutes(31);
    expect(errorOf(await team.reviewer.get('/api/session')).code).toBe('unauthenticated');
    expect(errorOf(await team.reviewer.get('/api/session')).code).toBe('unauthenticated');
    const events = await t.database.db.query<{ actor: string; details: { reason: string } }>(
      "SELECT actor, details FROM audit_events WHERE action = 'session.timeout'",
    );
    expect(events).toEqual([
      expect.objectContaining({
        actor: 'reviewer',
        details: expect.objectContaining({ reason: 'idle_timeout' }),
      }),
    ]);
  });
});
