import { expect, request, type APIRequestContext } from '@playwright/test';
import type { CaseDetail } from '../../shared/case-record';
import { FIRST_ADMIN, type Account } from './support';

/**
 * The case service as the desk's back office uses it: accounts opened and orders imported
 * through the API, so a spec sets up its own people and cases without clicking through intake.
 */
export async function signedInApi(baseURL: string, who: Account): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const response = await context.post('/api/session', {
    data: { username: who.username, password: who.password },
  });
  expect(response.status(), await response.text()).toBe(200);
  return context;
}

/** Signs in as the first administrator, creating them first on a fresh desk. */
export async function firstAdminApi(baseURL: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL });
  const setup = (await (await context.get('/api/setup')).json()) as { needsFirstAdmin: boolean };
  if (setup.needsFirstAdmin) {
    const { displayName, username, password } = FIRST_ADMIN;
    const created = await context.post('/api/setup/first-admin', {
      data: { displayName, username, password },
    });
    expect(created.status(), await created.text()).toBe(200);
    await context.dispose();
  }
  return signedInApi(baseURL, FIRST_ADMIN);
}

export async function openAccounts(baseURL: string, accounts: readonly Account[]): Promise<void> {
  const admin = await firstAdminApi(baseURL);
  for (const { username, displayName, role, password } of accounts) {
    const created = await admin.post('/api/users', {
      data: { username, displayName, role, password },
    });
    expect(created.status(), await created.text()).toBe(200);
  }
  await admin.dispose();
}

/** A French judge's order for one user id's phone number, under the given reference. */
export function judgesOrder(reference: string) {
  return {
    format: 'disclosure-desk/order@1',
    reference,
    channel: 'email',
    receivedAt: '2026-11-20T08:14:00Z',
    authority: {
      name: "Tribunal judiciaire de Lyon — juge d'instruction",
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

/** Imports one order and answers the new case's id. */
export async function importOrder(api: APIRequestContext, reference: string): Promise<string> {
  const imported = await api.post('/api/orders', { data: judgesOrder(reference) });
  expect(imported.status(), await imported.text()).toBe(200);
  return ((await imported.json()) as { caseId: string }).caseId;
}

/** The case as the case service holds it: the system of record, not a workstation's copy. */
export async function caseOnServer(api: APIRequestContext, caseId: string): Promise<CaseDetail> {
  const response = await api.get(`/api/cases/${caseId}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as CaseDetail;
}

/** What the case's history says happened, oldest first. */
export async function historyOnServer(api: APIRequestContext, caseId: string): Promise<string[]> {
  return (await caseOnServer(api, caseId)).history.map((event) => event.action);
}
