import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { confirmPendingRole, deskAdmins } from './desk-api';
import {
  backToFinishedCase,
  caseStatus,
  confirmWithPassword,
  decide,
  enrolElsewhere,
  fixture,
  go,
  openAccountInUi,
  passAllChecks,
  saveReview,
  signIn,
  signOff,
  snapshot,
  FIRST_ADMIN,
  SECOND_ADMIN,
  type Account,
  actor,
  type Actor,
  setUpSecondFactorIfAsked,
} from './support';

// The case service is shared by every spec file of a run: this flow brings its own people and
// orders. The administrator is the one the first spec creates, or this one on a fresh desk.
const ADMIN = FIRST_ADMIN;
const REVIEWER: Account = {
  displayName: 'Priya Raman',
  username: 'praman-policy',
  password: 'reviewer passphrase for the rules 2026',
  role: 'reviewer',
};
const SUPERVISOR: Account = {
  displayName: 'Paul Richter',
  username: 'prichter-policy',
  password: 'supervisor passphrase for the rules 2026',
  role: 'supervisor',
};

const ORDER = 'PP-PARIS-2026-E2E-0042';
const LATER_ORDER = 'PP-PARIS-2026-E2E-0043';
const NEW_VERSION = 'e2e-fr-suspended';
const JUSTIFICATION =
  'The police letter encloses the investigating judge’s signed order, which we checked.';

test.describe.configure({ mode: 'serial' });

let admin: Actor;
let admin2: Actor;
let reviewer: Actor;
let supervisor: Actor;

test.beforeAll(async ({ browser }) => {
  [admin, admin2, reviewer, supervisor] = await Promise.all([
    actor(browser),
    actor(browser),
    actor(browser),
    actor(browser),
  ]);
});

test.afterAll(async () => {
  await Promise.all([admin, admin2, reviewer, supervisor].map((a) => a?.context.close()));
});

function engineOn(page: Page, check: string) {
  return page.getByRole('group', { name: `Policy engine on ${check}` });
}

test('the administrator opens accounts for this flow', async ({ browser, baseURL }) => {
  const { page } = admin;
  await page.goto('/');
  const fresh = page.getByRole('heading', { name: 'Create the first administrator' });
  const login = page.getByRole('heading', { name: 'Sign in to Disclosure Desk' });
  await expect(fresh.or(login)).toBeVisible();
  if (await fresh.isVisible()) {
    await page.getByLabel('Full name').fill(ADMIN.displayName);
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Confirm password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await setUpSecondFactorIfAsked(page, ADMIN);
  } else {
    await signIn(page, ADMIN);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  // The desk's second administrator (appointed first on a fresh desk, since a supervisor role
  // needs one to confirm it) confirms the supervisor role, and later publishes the policy
  // version the first one proposes.
  const admins = await deskAdmins(baseURL ?? '');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  for (const account of [REVIEWER, SUPERVISOR]) {
    const code = await openAccountInUi(page, account);
    await enrolElsewhere(browser, code, account);
  }
  const users = (await (await admins.first.get('/api/users')).json()) as {
    users: { username: string; pendingGrant: { id: string } | null }[];
  };
  const supervisor = users.users.find((u) => u.username === SUPERVISOR.username);
  if (supervisor) await confirmPendingRole(admins, supervisor);
  await admins.dispose();
});

/** The version in force when the file starts, read from the service by the first test. */
let inForce = '';
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a reviewer cannot sign off a failing order without a justified override', async () => {
  const { page, context } = reviewer;
  await signIn(page, REVIEWER);
  await go(page, 'Import order');
  await page
    .getByLabel('Order file (JSON)')
    .setInputFiles(fixture('order-paris-police-letter.json'));
  await page.getByRole('button', { name: 'Import order', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${ORDER}` })).toBeVisible();
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(caseStatus(page)).toContainText('In review');

  // The engine's verdict sits beside each check, with its reason, rule and policy version.
  await expect(engineOn(page, 'instrument')).toContainText('Fail');
  await expect(engineOn(page, 'instrument')).toContainText('A police request is not a judicial');
  // Other specs on this desk may have published a newer version: the one in force is cited.
  inForce = ((await (await page.request.get('/api/policy')).json()) as { version: string }).version;
  await expect(engineOn(page, 'instrument')).toContainText(`policy version ${inForce}`);
  await expect(engineOn(page, 'jurisdiction')).toContainText('Pass');
  await expect(engineOn(page, 'authenticity')).toContainText('Needs review');

  await passAllChecks(page);
  await decide(page, 'IP addresses of @paris_fraud_ring', 'Disclose');
  await decide(page, 'Phone number of @paris_fraud_ring', 'Disclose');
  await saveReview(page);
  const outstanding = page.getByRole('list', { name: 'Outstanding before sign-off' });
  await expect(outstanding).toContainText(
    'Overriding the policy engine on the instrument check needs a written justification.',
  );
  await expect(page.getByRole('button', { name: 'Sign off', exact: true })).toBeDisabled();
  await snapshot(page, 'policy-01-override-without-justification');

  // The service refuses it too, whatever a client sends.
  const caseId = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '');
  const { version } = (await (await context.request.get(`/api/cases/${caseId}`)).json()) as {
    version: number;
  };
  await context.request.post('/api/session/reauth', { data: { password: REVIEWER.password } });
  const refused = await context.request.post('/api/mutations', {
    data: { name: 'case.signOff', args: { caseId, version } },
  });
  expect(refused.status()).toBe(422);
  const body = (await refused.json()) as { error: { code: string; issues: { path: string }[] } };
  expect(body.error.code).toBe('sign_off_incomplete');
  expect(body.error.issues.map((i) => i.path)).toContain('checks.instrument');

  await page.getByLabel('Note on instrument').fill(JUSTIFICATION);
  await page
    .getByLabel('Note on authenticity')
    .fill('Called the greffe on the directory number; the clerk confirmed the request.');
  await saveReview(page);
  await signOff(page, REVIEWER.password);
  await expect(
    page.getByText(new RegExp(`^Decided under policy version ${escaped(inForce)};`)),
  ).toBeVisible();
});

test('the supervisor sees the override, the engine’s verdict and the justification', async () => {
  const { page } = supervisor;
  await signIn(page, SUPERVISOR);
  await go(page, 'Approvals');
  await page.getByRole('link', { name: ORDER }).click();
  const overrides = page.getByRole('region', { name: 'Overrides of the policy engine' });
  await expect(overrides).toContainText('Instrument');
  await expect(overrides).toContainText('the engine said Fail');
  await expect(overrides).toContainText('the reviewer chose Pass');
  await expect(overrides).toContainText(JUSTIFICATION);
  await expect(overrides).toContainText('Authenticity');
  await snapshot(page, 'policy-02-overrides');
});

test('an admin’s policy edit, published by a second admin, leaves the decided case as it was', async () => {
  const { page } = admin;
  await go(page, 'Policy');
  const versions = page.getByRole('table', { name: 'Policy versions' });
  await expect(
    versions.getByRole('row', { name: new RegExp(`^${escaped(inForce)} `) }),
  ).toContainText('In force');

  await page.getByLabel('New version label').fill(NEW_VERSION);
  await page.getByLabel('Jurisdiction to edit').selectOption({ label: 'France (FR) — answered' });
  const france = page.getByRole('region', { name: 'Edit France' });
  await france.getByRole('radio', { name: 'Not answered' }).check();
  await france
    .getByLabel('Why orders from France are not answered')
    .fill('Suspended by the legal team pending a review of press cases.');
  await france
    .getByRole('group', { name: 'Source 1 of the refusal for France' })
    .getByLabel('Title')
    .fill('Decision of the legal team');
  await expect(page.getByText('The new version is complete and can be proposed.')).toBeVisible();
  await page.getByRole('button', { name: 'Propose as a new version' }).click();
  await expect(page.getByText(`Version ${NEW_VERSION} is proposed.`)).toBeVisible();
  // Proposed, not published: the rules in force are unchanged, and its author cannot approve.
  await expect(versions.getByRole('row', { name: new RegExp(NEW_VERSION) })).toHaveCount(0);
  const own = page.getByRole('article', { name: `Version ${NEW_VERSION}` });
  await expect(own).toContainText('another administrator must approve it');
  await expect(own.getByRole('button', { name: /^Approve/ })).toHaveCount(0);

  const second = admin2.page;
  await signIn(second, SECOND_ADMIN);
  await go(second, 'Policy');
  const proposal = second.getByRole('article', { name: `Version ${NEW_VERSION}` });
  const changes = proposal.getByRole('table', { name: 'Jurisdiction France: changed' });
  await expect(changes.getByRole('row', { name: /^status/ })).toContainText('Not answered');
  await snapshot(second, 'policy-03-proposal-for-approval');
  await expectAccessible(second, 'a policy proposal with its changes, for a second administrator');
  await proposal
    .getByRole('button', { name: `Approve and publish version ${NEW_VERSION}` })
    .click();
  await expect(second.getByRole('dialog')).toBeVisible();
  await expectAccessible(second, 'the password prompt before publishing a policy version');
  await confirmWithPassword(second, SECOND_ADMIN.password, 'Confirm publication');
  const published = second.getByRole('table', { name: 'Policy versions' });
  await expect(published.getByRole('row', { name: new RegExp(NEW_VERSION) })).toContainText(
    'In force',
  );
  await expect(published.getByRole('row', { name: new RegExp(NEW_VERSION) })).toContainText(
    SECOND_ADMIN.displayName,
  );
  await expect(
    published.getByRole('row', { name: new RegExp(`^${escaped(inForce)} `) }),
  ).not.toContainText('In force');
  await snapshot(second, 'policy-04-new-version');

  // The decided case keeps its version and verdicts, and is approved under them.
  const sup = supervisor.page;
  await sup.reload();
  await expect(
    sup.getByText(new RegExp(`^Decided under policy version ${escaped(inForce)};`)),
  ).toBeVisible();
  const checks = sup.getByRole('table', { name: 'Checks' });
  await expect(checks.getByRole('row', { name: /Jurisdiction/ })).toContainText('Pass');
  await sup.getByRole('button', { name: 'Approve' }).click();
  await confirmWithPassword(sup, SUPERVISOR.password, 'Confirm approval');
  await backToFinishedCase(sup, ' approved.');
  await expect(sup.getByRole('region', { name: 'Disclosure record' })).toBeVisible();

  // A French order reviewed now is judged under the new version.
  const later = JSON.parse(
    readFileSync(fixture('order-paris-police-letter.json'), 'utf8'),
  ) as Record<string, unknown>;
  const file = join(mkdtempSync(join(tmpdir(), 'desk-e2e-')), 'later-order.json');
  writeFileSync(file, JSON.stringify({ ...later, reference: LATER_ORDER }));
  const rev = reviewer.page;
  await go(rev, 'Import order');
  await rev.getByLabel('Order file (JSON)').setInputFiles(file);
  await rev.getByRole('button', { name: 'Import order', exact: true }).click();
  await expect(rev.getByRole('heading', { level: 1, name: `Case ${LATER_ORDER}` })).toBeVisible();
  await rev.getByRole('button', { name: 'Start review' }).click();
  await expect(engineOn(rev, 'jurisdiction')).toContainText('Fail');
  await expect(engineOn(rev, 'jurisdiction')).toContainText(`policy version ${NEW_VERSION}`);
});
