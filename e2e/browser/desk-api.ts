import { expect, request, type APIRequestContext } from '@playwright/test';
import { FIRST_ADMIN, type Account } from './support';

/**
 * The case service's API as a spec's setup uses it: accounts and orders are made here so the
 * browser steps start where the story starts. The service is shared by the run's spec files.
 */
export async function signedInApi(
  baseURL: string,
  who: { username: string; password: string },
): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const response = await context.post('/api/session', {
    data: { username: who.username, password: who.password },
  });
  expect(response.status(), await response.text()).toBe(200);
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
      password: `${name} passphrase for this run`,
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
  return context;
}

/** Opens an account; returns its user id. */
export async function createAccount(admin: APIRequestContext, account: Account): Promise<string> {
  const created = await admin.post('/api/users', {
    data: {
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      password: account.password,
    },
  });
  expect(created.status(), await created.text()).toBe(200);
  return ((await created.json()) as { id: string }).id;
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
