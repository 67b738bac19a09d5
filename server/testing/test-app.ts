import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openAuditAnchor, type AuditAnchor } from '../audit/audit-anchor';
import type { SessionInfo } from '../../shared/api';
import type { Role } from '../../shared/roles';
import { createApp } from '../http/app';
import type { App } from '../http/app-env';
import { TestClock } from './test-clock';
import { TestClient } from './test-client';
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

export async function createTestApp({ anchored = false } = {}): Promise<TestApp> {
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
  });
  return {
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
}

export interface Team {
  admin: TestClient;
  reviewer: TestClient;
  reviewer2: TestClient;
  supervisor: TestClient;
  supervisor2: TestClient;
  auditor: TestClient;
  ids: Record<
    'admin' | 'reviewer' | 'reviewer2' | 'supervisor' | 'supervisor2' | 'auditor',
    string
  >;
}

/** An installation with one account per role (two reviewers, two supervisors), all signed in. */
export async function setUpTeam(t: TestApp): Promise<Team> {
  const admin = t.client();
  const first = await admin.post('/api/setup/first-admin', {
    username: 'admin',
    displayName: 'Ada Admin',
    password: TEST_PASSWORD,
  });
  expect(first.status).toBe(200);
  const members: [keyof Omit<Team, 'admin' | 'ids'>, Role, string][] = [
    ['reviewer', 'reviewer', 'Rita Reviewer'],
    ['reviewer2', 'reviewer', 'Remy Reviewer'],
    ['supervisor', 'supervisor', 'Sam Supervisor'],
    ['supervisor2', 'supervisor', 'Sue Supervisor'],
    ['auditor', 'auditor', 'Otto Auditor'],
  ];
  const clients = {} as Omit<Team, 'admin' | 'ids'>;
  const ids = { admin: (first.body as SessionInfo).user.id } as Team['ids'];
  for (const [key, role, displayName] of members) {
    const created = await admin.post('/api/users', {
      username: key,
      displayName,
      role,
      password: TEST_PASSWORD,
    });
    expect(created.status).toBe(200);
    ids[key] = (created.body as { id: string }).id;
    const client = t.client();
    const login = await client.post('/api/session', { username: key, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    clients[key] = client;
  }
  return { admin, ...clients, ids };
}
