import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openAuditAnchor, type AuditAnchor } from '../audit/audit-anchor';
import { SessionInfo } from '../../shared/api';
import type { Role } from '../../shared/roles';
import { RecoveryCodes, SecondFactorSetup, secondFactorRequired } from '../../shared/second-factor';
import { UserCreated, type User } from '../../shared/users';
import { createApp } from '../http/app';
import type { App } from '../http/app-env';
import type { WriteAdmission } from '../http/write-admission';
import { authenticatorsOf, TestAuthenticator } from './test-authenticator';
import { TestClock } from './test-clock';
import { secondFactorSetUps, TestClient, type TestResponse } from './test-client';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Long enough for the password rules; test accounts only. */
export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: App;
  clock: TestClock;
  database: TestDatabase;
  /** With `anchored`: signs checkpoints only when asked or after an approval, never on a timer. */
  anchor: AuditAnchor | undefined;
  client(): TestClient;
  close(): Promise<void>;
}

export async function createTestApp({
  anchored = false,
  writeAdmission,
}: {
  anchored?: boolean;
  /** The gate case mutations wait at, for a test that watches who waits there. */
  writeAdmission?: WriteAdmission;
} = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new TestClock();
  const auditDir = anchored ? await mkdtemp(join(tmpdir(), 'disclosure-desk-audit-')) : null;
  const anchor = auditDir
    ? await openAuditAnchor(
        database.db,
        {
          keyDir: join(auditDir, 'signing-key'),
          checkpointDir: join(auditDir, 'checkpoints'),
          intervalMs: 0,
        },
        clock.now,
      )
    : undefined;
  const app = createApp({
    db: database.db,
    clock: clock.now,
    ...(anchor ? { auditAnchor: anchor } : {}),
    ...(writeAdmission ? { writeAdmission } : {}),
  });
  const t: TestApp = {
    app,
    clock,
    database,
    anchor,
    client: () => new TestClient(app),
    close: async () => {
      await database.drop();
      if (auditDir) await rm(auditDir, { recursive: true, force: true });
    },
  };
  // A supervisor or administrator is asked to set up a second factor, made one, or appointed
  // mid-test: their client sets it up when the service asks, and goes on.
  secondFactorSetUps.set(app, async (client) => {
    const { user } = SessionInfo.parse((await client.get('/api/session')).body);
    await setUpSecondFactor(t, client, user.username);
  });
  return t;
}

export interface Team {
  admin: TestClient;
  /** The second administrator, who confirms the roles the first one grants. */
  admin2: TestClient;
  reviewer: TestClient;
  reviewer2: TestClient;
  supervisor: TestClient;
  supervisor2: TestClient;
  auditor: TestClient;
  ids: Record<
    'admin' | 'admin2' | 'reviewer' | 'reviewer2' | 'supervisor' | 'supervisor2' | 'auditor',
    string
  >;
}

/** What creating an account answers: the account and its one-time enrolment code. */
export function createdAccount(body: unknown): { user: User; code: string } {
  const created = UserCreated.parse(body);
  return { user: created.user, code: created.enrolment.code };
}

/**
 * The person behind an enrolment code sets their password: a client signed in as them. A
 * supervisor or administrator then sets up their second factor, as the service requires.
 */
export async function enrol(
  t: Pick<TestApp, 'client'>,
  code: string,
  password: string = TEST_PASSWORD,
): Promise<TestClient> {
  const client = t.client();
  const enrolled = await client.post('/api/enrolment', { code, password });
  expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
  const { user } = SessionInfo.parse(enrolled.body);
  if (secondFactorRequired(user.role)) await setUpSecondFactor(t, client, user.username);
  return client;
}

/**
 * The signed-in person sets up an authenticator app (timed by the test app's clock, or the
 * real one for a service in another process): the test keeps it, and the sign-in and
 * re-authentication helpers take their codes from it. Returns the recovery codes.
 */
export async function setUpSecondFactor(
  t: (Pick<TestApp, 'client'> & Partial<Pick<TestApp, 'clock'>>) | null,
  client: TestClient,
  username: string,
): Promise<string[]> {
  const setup = await client.post('/api/session/second-factor/setup');
  expect(setup.status, JSON.stringify(setup.body)).toBe(200);
  const authenticator = new TestAuthenticator(
    SecondFactorSetup.parse(setup.body).secret,
    t?.clock ?? null,
  );
  const confirmed = await client.post('/api/session/second-factor/confirm', {
    code: await authenticator.nextCode(),
  });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  authenticatorsOf(client.handler).set(username, authenticator);
  client.authenticator = authenticator;
  return RecoveryCodes.parse(confirmed.body).recoveryCodes;
}

/**
 * Signs `client` in as `username`, with the code from their authenticator when they have
 * one. Answers the sign-in's response.
 */
export async function signIn(
  client: TestClient,
  username: string,
  { password = TEST_PASSWORD, from }: { password?: string; from?: string } = {},
): Promise<TestResponse> {
  const authenticator = authenticatorsOf(client.handler).get(username);
  const response = await client.post(
    '/api/session',
    { username, password, ...(authenticator ? { code: await authenticator.nextCode() } : {}) },
    from ? { client: from } : {},
  );
  if (response.status === 200) client.authenticator = authenticator;
  return response;
}

/**
 * Opens an account as an administrator would and has its holder enrol. A supervisor or
 * administrator role is confirmed by `confirmer`, the second administrator.
 */
export async function addMember(
  t: Pick<TestApp, 'client'>,
  admin: TestClient,
  confirmer: TestClient | null,
  member: { username: string; displayName: string; role: Role },
): Promise<{ client: TestClient; id: string }> {
  const created = await admin.post('/api/users', member);
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  const { user, code } = createdAccount(created.body);
  if (user.pendingGrant) {
    if (!confirmer) throw new Error(`${member.username} needs a second administrator`);
    const confirmed = await confirmer.post(`/api/role-grants/${user.pendingGrant.id}/confirm`);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  }
  return { client: await enrol(t, code), id: user.id };
}

/**
 * An installation with two administrators and one account per role (two reviewers, two
 * supervisors), every person enrolled and signed in.
 */
export async function setUpTeam(t: Pick<TestApp, 'client'>): Promise<Team> {
  const admin = t.client();
  const first = await admin.post('/api/setup/first-admin', {
    username: 'admin',
    displayName: 'Ada Admin',
    password: TEST_PASSWORD,
  });
  expect(first.status).toBe(200);
  await setUpSecondFactor(t, admin, 'admin');
  const second = await addMember(t, admin, null, {
    username: 'admin2',
    displayName: 'Alan Admin',
    role: 'admin',
  });
  const members: [keyof Omit<Team, 'admin' | 'admin2' | 'ids'>, Role, string][] = [
    ['reviewer', 'reviewer', 'Rita Reviewer'],
    ['reviewer2', 'reviewer', 'Remy Reviewer'],
    ['supervisor', 'supervisor', 'Sam Supervisor'],
    ['supervisor2', 'supervisor', 'Sue Supervisor'],
    ['auditor', 'auditor', 'Otto Auditor'],
  ];
  const clients = {} as Omit<Team, 'admin' | 'admin2' | 'ids'>;
  const ids = { admin: (first.body as SessionInfo).user.id, admin2: second.id } as Team['ids'];
  for (const [key, role, displayName] of members) {
    const added = await addMember(t, admin, second.client, { username: key, displayName, role });
    ids[key] = added.id;
    clients[key] = added.client;
  }
  return { admin, admin2: second.client, ...clients, ids };
}
