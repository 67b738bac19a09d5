import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { CHECK_KEYS } from '../../shared/review';
import { expectAccessible } from './axe';
import { reauthenticate } from './case-states';
import { deskAdmins, createAccount, importOrder, runNames, signedInApi } from './desk-api';
import {
  actor,
  confirmWithPassword,
  go,
  openFromQueue,
  signIn,
  snapshot,
  type Actor,
} from './support';

const names = runNames();
const REVIEWER = names.account('dreviewer', 'Dana Reviewer');
const SUPERVISOR = names.account('dsupervisor', 'Sacha Supervisor', 'supervisor');
const REFERENCE = names.reference('JI-LYON-DISC');
// The one account of e2e/fixtures/demo-subscribers.csv, which the service's demo directory holds.
const TARGET = '7001234567';

test.describe.configure({ mode: 'serial' });

let supervisor: Actor;

/** The reviewer's part, through the API: the story starts at the supervisor's desk. */
async function signedOffByReviewer(reviewer: APIRequestContext): Promise<void> {
  const caseId = await importOrder(reviewer, {
    format: 'disclosure-desk/order@1',
    reference: REFERENCE,
    channel: 'email',
    receivedAt: '2026-11-02T08:14:00Z',
    authority: { name: 'Tribunal judiciaire de Paris', country: 'FR', kind: 'investigating_judge' },
    instrument: 'judges_order',
    route: 'domestic',
    legalBasis: 'Code de procédure pénale, art. 99-3',
    emergency: false,
    targets: [{ identifier: { kind: 'user_id', value: TARGET }, status: 'suspect' }],
    offences: [{ category: 'fraud_scams', description: 'Organised investment fraud.' }],
    dataRequested: ['phone_number', 'ip_addresses', 'message_content'],
    ipWindow: { from: '2026-10-01T00:00:00Z', to: '2026-10-31T23:59:59Z' },
  });
  const mutate = async (name: string, extra: Record<string, unknown> = {}) => {
    const detail = (await (await reviewer.get(`/api/cases/${caseId}`)).json()) as {
      version: number;
      review: { decisions: { verdict: string | null; reason: string }[] };
    };
    const response = await reviewer.post('/api/mutations', {
      data: { name, args: { caseId, version: detail.version, ...extra } },
    });
    expect(response.status(), await response.text()).toBe(200);
    return detail;
  };
  await mutate('case.startReview');
  const started = (await (await reviewer.get(`/api/cases/${caseId}`)).json()) as {
    review: { decisions: { verdict: string | null; reason: string }[] };
  };
  await mutate('case.saveReview', {
    review: {
      checks: Object.fromEntries(CHECK_KEYS.map((k) => [k, { result: 'pass', note: 'Checked.' }])),
      decisions: started.review.decisions.map((d) =>
        d.verdict === null ? { ...d, verdict: 'disclose' } : d,
      ),
    },
  });
  await reauthenticate(reviewer, REVIEWER.password);
  await mutate('case.signOff');
}

test.beforeAll(async ({ browser, baseURL }) => {
  const admin = await deskAdmins(baseURL ?? '');
  await createAccount(admin, REVIEWER);
  await createAccount(admin, SUPERVISOR);
  const reviewer = await signedInApi(baseURL ?? '', REVIEWER);
  await signedOffByReviewer(reviewer);
  supervisor = await actor(browser);
});

test('approve, look up, export the package with its hash, record the delivery', async () => {
  const { page } = supervisor;
  await signIn(page, SUPERVISOR);
  await go(page, 'Approvals');
  await page.getByRole('link', { name: REFERENCE }).click();
  await page.getByRole('button', { name: 'Approve' }).click();
  await confirmWithPassword(page, SUPERVISOR.password, 'Confirm approval');
  // The approval opens the next case once the service accepts it; going to the queue before
  // then would be undone by that navigation.
  await expect(page.getByRole('region', { name: 'Done' })).toContainText(
    `Case ${REFERENCE} approved.`,
  );
  await openFromQueue(page, REFERENCE);

  const panel = page.getByRole('region', { name: 'Disclosure', exact: true });
  await panel.getByRole('button', { name: 'Look up subscriber data' }).click();
  await expect(panel).toContainText(
    'Data found for 1 of 1 target: 1 phone number, 2 IP addresses.',
  );
  // The workstation keeps counts only: no value reached IndexedDB.
  const mirrored = await page.evaluate(async () => {
    const open = indexedDB.open('disclosure-desk');
    const database = await new Promise<IDBDatabase>(
      (resolve) => (open.onsuccess = () => resolve(open.result)),
    );
    const all = database.transaction('details').objectStore('details').getAll();
    return JSON.stringify(
      await new Promise((resolve) => (all.onsuccess = () => resolve(all.result))),
    );
  });
  expect(mirrored).toContain(REFERENCE);
  expect(mirrored).not.toMatch(/\+33611223344|203\.0\.113\.71/);
  await expectAccessible(page, 'an approved case with its subscriber data found');

  const shownHash = (await panel.getByTestId('manifest-sha256').textContent())?.trim() ?? '';
  expect(shownHash).toMatch(/^[0-9a-f]{64}$/);
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export manifest (JSON)' }).click();
  const saved = await (await download).path();
  const bytes = readFileSync(saved);
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(shownHash);
  expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({
    orderReference: REFERENCE,
    approverName: SUPERVISOR.displayName,
    reviewerName: REVIEWER.displayName,
  });
  await expect(panel.getByRole('status')).toContainText(shownHash);

  await panel.getByRole('button', { name: 'Open the package' }).click();
  await expect(panel.getByRole('region', { name: 'Package contents' })).toContainText(
    '+33611223344',
  );
  await expectAccessible(page, 'the disclosure package, opened');
  await panel.getByRole('button', { name: 'Close the package' }).click();

  const form = panel.getByRole('form', { name: 'Record delivery' });
  await form.getByLabel('Channel').selectOption('email');
  await form.getByLabel('Recipient').fill('Greffe du juge d’instruction');
  await form.getByRole('button', { name: 'Record delivery' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Disclosed');
  await expect(panel).toContainText(`Sent by${SUPERVISOR.displayName}`);
  await expectAccessible(page, 'a disclosed case with its delivery');
  await snapshot(page, 'disclosure-delivered');
});

test('the report counts it in its quarter and country, and the chart shows it', async () => {
  const { page } = supervisor;
  await go(page, 'Reports');
  const quarter = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
  const fulfilled = page.getByRole('button', { name: `Fulfilled requests, FR ${quarter}: 1` });
  await expect(fulfilled).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Affected users, FR ${quarter}: 1` }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', {
      name: 'Fulfilled requests and affected users per country and quarter',
    }),
  ).toBeVisible();
  await expect(
    page.locator('rect', {
      has: page.locator('title', { hasText: `FR ${quarter}: 1 fulfilled requests` }),
    }),
  ).toHaveCount(1);
  await expectAccessible(page, 'the transparency report with its chart');
  await fulfilled.click();
  await expect(page.getByRole('region', { name: 'Cases behind the number' })).toContainText(
    REFERENCE,
  );
  await expectAccessible(page, 'the cases behind a number of the report');
  await snapshot(page, 'transparency-report');
});
