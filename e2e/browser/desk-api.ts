import { expect, request, type APIRequestContext } from '@playwright/test';
import { hasAuthenticator, keepSecret, nextCode } from './authenticators';
import { FIRST_ADMIN, SECOND_ADMIN, type Account } from './support';

/**
 * A signed-in supervisor or administrator without a second factor sets one up, keeping the
 * secret for the run; anyone else is left as they are.
 */
export async function setUpSecondFactorIfRequired(
  context: APIRequestContext,
  username: string,
): Promise<void> {
  const session = (await (await context.get('/api/session')).json()) as {
    secondFactor?: { enrolled: boolean; required: boolean };
  };
  if (!session.secondFactor?.required || session.secondFactor.enrolled) return;
  const setup = await context.post('/api/session/second-factor/setup');
  expect(setup.status(), await setup.text()).toBe(200);
  keepSecret(username, ((await setup.json()) as { secret: string }).secret);
  const confirmed = await context.post('/api/session/second-factor/confirm', {
    data: { code: await nextCode(username) },
  });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
}

/** The sign-in's body: the password, and a code when the person has a second factor. */
export async function credentials(who: { username: string; password: string }) {
  return {
    username: who.username,
    password: who.password,
    ...(hasAuthenticator(who.username) ? { code: await nextCode(who.username) } : {}),
  };
}

/**
 * The case service's API as a spec's setup uses it: accounts and orders are made here so the
 * browser steps start where the story starts. The service is shared by the run's spec files.
 */
export async function signedInApi(
  baseURL: string,
  who: { username: string; password: string },
): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const response = await context.post('/api/session', { data: await credentials(who) });
  expect(response.status(), await response.text()).toBe(200);
  await setUpSecondFactorIfRequired(context, who.username);
  return context;
}

/**
 * Names for one spec file's people and orders. The case service is shared by the run's spec
 * files, so each file marks what it creates with a mark of its own.
 */
export function runNames(mark: string = Date.now().toString(36)) {
  return {
    account: (name: string, displayName: string, role: Account['role'] = 'reviewer'): Account => ({
      username: `${name}-${mark}`,
      displayName: `${displayName} ${mark}`,
      // Passwords may not contain the username or the name.
      password: 'a long passphrase kept for this run',
      role,
    }),
    reference: (name: string) => `${name}-${mark}`,
  };
}

/** The first administrator's API session, creating that administrator on a fresh desk. */
export async function adminApi(baseURL: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const setup = (await (await context.get('/api/setup')).json()) as { needsFirstAdmin: boolean };
  if (!setup.needsFirstAdmin) {
    await context.dispose();
    return signedInApi(baseURL, FIRST_ADMIN);
  }
  const { displayName, username, password } = FIRST_ADMIN;
  const created = await context.post('/api/setup/first-admin', {
    data: { displayName, username, password },
  });
  expect(created.status(), await created.text()).toBe(200);
  await setUpSecondFactorIfRequired(context, username);
  return context;
}

/** The desk's two administrators: one opens accounts and asks for roles, the other confirms. */
export interface DeskAdmins {
  baseURL: string;
  first: APIRequestContext;
  second: APIRequestContext;
  dispose(): Promise<void>;
}

/** The person behind an enrolment code sets their own password through the enrolment route. */
export async function enrol(baseURL: string, code: string, password: string): Promise<void> {
  const context = await request.newContext({ baseURL });
  const enrolled = await context.post('/api/enrolment', { data: { code, password } });
  expect(enrolled.status(), await enrolled.text()).toBe(200);
  const { user } = (await enrolled.json()) as { user: { username: string } };
  await setUpSecondFactorIfRequired(context, user.username);
  await context.dispose();
}

/**
 * Both administrators signed in through the API. The second is appointed and enrolled by the
 * first when the desk has none yet: the one appointment a lone first administrator may make.
 */
export async function deskAdmins(baseURL: string): Promise<DeskAdmins> {
  const first = await adminApi(baseURL);
  const second = await request.newContext({ baseURL });
  const signedIn = await second.post('/api/session', { data: await credentials(SECOND_ADMIN) });
  if (signedIn.status() !== 200) {
    const created = await first.post('/api/users', {
      data: {
        username: SECOND_ADMIN.username,
        displayName: SECOND_ADMIN.displayName,
        role: 'admin',
      },
    });
    expect(created.status(), await created.text()).toBe(200);
    const { enrolment } = (await created.json()) as { enrolment: { code: string } };
    const enrolled = await second.post('/api/enrolment', {
      data: { code: enrolment.code, password: SECOND_ADMIN.password },
    });
    expect(enrolled.status(), await enrolled.text()).toBe(200);
  }
  await setUpSecondFactorIfRequired(second, SECOND_ADMIN.username);
  return {
    baseURL,
    first,
    second,
    dispose: async () => {
      await first.dispose();
      await second.dispose();
    },
  };
}

/** The second administrator confirms the role the first asked for, if one awaits. */
export async function confirmPendingRole(
  admins: DeskAdmins,
  user: { pendingGrant: { id: string } | null },
): Promise<void> {
  if (!user.pendingGrant) return;
  const confirmed = await admins.second.post(`/api/role-grants/${user.pendingGrant.id}/confirm`);
  expect(confirmed.status(), await confirmed.text()).toBe(200);
}

/**
 * Opens an account as administrators do: the first opens it, the second confirms a
 * supervisor or administrator role, and the person enrols with their own password.
 * Returns the user id.
 */
export async function createAccount(admins: DeskAdmins, account: Account): Promise<string> {
  const created = await admins.first.post('/api/users', {
    data: { username: account.username, displayName: account.displayName, role: account.role },
  });
  expect(created.status(), await created.text()).toBe(200);
  const { user, enrolment } = (await created.json()) as {
    user: { id: string; pendingGrant: { id: string } | null };
    enrolment: { code: string };
  };
  await confirmPendingRole(admins, user);
  await enrol(admins.baseURL, enrolment.code, account.password);
  return user.id;
}

/** Changes a role: at once, or on the second administrator's confirmation. */
export async function changeRole(
  admins: DeskAdmins,
  userId: string,
  role: Account['role'],
): Promise<void> {
  const changed = await admins.first.patch(`/api/users/${userId}`, { data: { role } });
  expect(changed.status(), await changed.text()).toBe(200);
  await confirmPendingRole(
    admins,
    (await changed.json()) as { pendingGrant: { id: string } | null },
  );
}

/** Imports an order; returns the new case's id. */
export async function importOrder(context: APIRequestContext, order: unknown): Promise<string> {
  const imported = await context.post('/api/orders', { data: order });
  expect(imported.status(), await imported.text()).toBe(200);
  return ((await imported.json()) as { caseId: string }).caseId;
}

/** A French investigating judge's order about a fraud suspect: sound on every check. */
export function parisFraudOrder(reference: string) {
  return {
    format: 'disclosure-desk/order@1',
    reference,
    channel: 'email',
    receivedAt: '2026-11-20T08:14:00Z',
    authority: {
      name: "Tribunal judiciaire de Paris — juge d'instruction",
      country: 'FR',
      kind: 'investigating_judge',
    },
    instrument: 'judges_order',
    route: 'domestic',
    legalBasis: 'Code de procédure pénale, art. 99-3',
    emergency: false,
    targets: [{ identifier: { kind: 'user_id', value: '5012345678' }, status: 'suspect' }],
    offences: [{ category: 'fraud_scams', description: 'Organised investment fraud.' }],
    dataRequested: ['phone_number'],
  };
}
