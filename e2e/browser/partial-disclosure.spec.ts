import { expect, test, type APIRequestContext } from '@playwright/test';
import { CHECK_KEYS, CHECK_LABELS } from '../../shared/review';
import { deskAdmins, createAccount, importOrder, runNames, signedInApi } from './desk-api';
import {
  backToFinishedCase,
  actor,
  caseStatus,
  confirmWithPassword,
  decide,
  go,
  openFromQueue,
  saveReview,
  signIn,
  signOff,
  snapshot,
  type Actor,
} from './support';

// An order naming two suspects and a victim is a routine partial disclosure: the engine passes
// the suspect check for the suspects and blocks only the victim, so the reviewer confirms the
// engine everywhere, overrides nothing, and the supervisor approves exactly the suspects' data.

const names = runNames();
const REVIEWER = names.account('partial-reviewer', 'Inès Moreau');
const COLLEAGUE = names.account('partial-colleague', 'Karim Haddad');
const SUPERVISOR = names.account('partial-supervisor', 'Helena Berg', 'supervisor');
const ORDER = names.reference('TJ-PARIS-PARTIAL');
const DIRECTORY_PHONE = '+44 20 7946 0101';

test.describe.configure({ mode: 'serial' });

let reviewer: Actor;
let supervisor: Actor;
let colleagueApi: APIRequestContext;
let caseId: string;

test.beforeAll(async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('the Chromium project sets a baseURL');
  const admin = await deskAdmins(baseURL);
  for (const account of [REVIEWER, COLLEAGUE, SUPERVISOR]) await createAccount(admin, account);
  await admin.dispose();

  // A colleague enters the order and confirms it with the court on the directory's number.
  colleagueApi = await signedInApi(baseURL, COLLEAGUE);
  caseId = await importOrder(colleagueApi, {
    format: 'disclosure-desk/order@1',
    reference: ORDER,
    channel: 'email',
    receivedAt: '2026-11-20T08:14:00Z',
    authority: {
      name: 'Tribunal judiciaire de Paris',
      country: 'FR',
      kind: 'investigating_judge',
      contact: { name: 'Greffe', email: 'greffe-penal@tj-paris.example', phone: DIRECTORY_PHONE },
    },
    instrument: 'judges_order',
    route: 'domestic',
    legalBasis: 'Code de procédure pénale, art. 99-3',
    emergency: false,
    targets: [
      { identifier: { kind: 'username', value: '@paris_signal_ring' }, status: 'suspect' },
      { identifier: { kind: 'user_id', value: '5012345678' }, status: 'suspect' },
      { identifier: { kind: 'phone', value: '+33612345678' }, status: 'victim' },
    ],
    offences: [{ category: 'fraud_scams', description: 'Organised investment fraud.' }],
    dataRequested: ['ip_addresses', 'phone_number'],
    ipWindow: { from: '2026-09-01T00:00:00Z', to: '2026-10-31T23:59:59Z' },
  });
  const current = (await (await colleagueApi.get(`/api/cases/${caseId}`)).json()) as {
    version: number;
  };
  const recorded = await colleagueApi.post('/api/mutations', {
    data: {
      name: 'case.recordVerification',
      args: {
        caseId,
        version: current.version,
        verification: {
          calledBy: COLLEAGUE.displayName,
          contactName: 'Greffe pénal, duty clerk',
          channel: 'phone',
          contactUsed: DIRECTORY_PHONE,
          verifiedAt: '2026-11-20T09:00:00Z',
          outcome: 'confirmed',
          note: 'The clerk confirmed the order number and the judge’s name.',
        },
      },
    },
  });
  expect(recorded.status(), await recorded.text()).toBe(200);

  [reviewer, supervisor] = await Promise.all([actor(browser), actor(browser)]);
});

test.afterAll(async () => {
  await colleagueApi?.dispose();
  await Promise.all([reviewer, supervisor].map((a) => a?.context.close()));
});

test('the reviewer signs off the suspects’ data, confirming the engine on every check', async () => {
  const { page } = reviewer;
  await signIn(page, REVIEWER);
  await openFromQueue(page, ORDER);
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(caseStatus(page)).toContainText('In review');

  // Judged per target: the suspects pass, the victim alone is blocked.
  const suspects = page.getByRole('group', { name: 'Policy engine on suspect status' });
  await expect(suspects).toContainText('2 of 3 targets are named as a suspect');
  await expect(
    suspects.getByRole('listitem').filter({ hasText: '@paris_signal_ring' }),
  ).toContainText('Pass');
  await expect(
    suspects.getByRole('listitem').filter({ hasText: 'phone +33612345678' }),
  ).toContainText('Fail');

  // One control per check: choosing the engine's own result confirms it.
  for (const key of CHECK_KEYS) {
    const check = page.getByRole('group', { name: CHECK_LABELS[key].title, exact: true });
    await check.getByRole('radio', { name: /\(engine\)$/ }).check();
    await expect(check.getByLabel('Pass')).toBeChecked();
  }
  for (const who of ['@paris_signal_ring', 'user id 5012345678']) {
    await decide(page, `IP addresses of ${who}`, 'Disclose');
    await decide(page, `Phone number of ${who}`, 'Disclose');
  }
  // The victim's data starts declined by the policy and cannot be disclosed.
  await expect(
    page
      .getByRole('radiogroup', { name: 'Phone number of phone +33612345678', exact: true })
      .getByLabel('Decline'),
  ).toBeChecked();
  await saveReview(page);
  await expect(page.getByText('Ready to sign off.')).toContainText('Partial disclosure');
  await snapshot(page, 'partial-01-ready');
  await signOff(page, REVIEWER.password);
});

test('the supervisor approves it: exactly the two suspects’ data, no override shown', async () => {
  const { page } = supervisor;
  await signIn(page, SUPERVISOR);
  await go(page, 'Approvals');
  await page.getByRole('link', { name: ORDER }).click();
  await expect(page.getByRole('region', { name: 'Overrides of the policy engine' })).toContainText(
    'The reviewer confirmed the policy engine on every check.',
  );
  await page.getByRole('button', { name: 'Approve' }).click();
  await confirmWithPassword(page, SUPERVISOR.password, 'Confirm approval');
  await backToFinishedCase(page, ' approved.');

  const record = page.getByRole('region', { name: 'Disclosure record' });
  await expect(record).toBeVisible();
  const approved = record.getByRole('table', { name: 'Approved for disclosure' });
  await expect(approved.getByRole('row', { name: /@paris_signal_ring/ })).toContainText(
    'IP addresses, Phone number',
  );
  await expect(approved.getByRole('row', { name: /user id 5012345678/ })).toContainText(
    'IP addresses, Phone number',
  );
  await expect(approved).not.toContainText('+33612345678');
  await snapshot(page, 'partial-02-approved');
});
