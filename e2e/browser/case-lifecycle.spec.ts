import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  backToFinishedCase,
  cachedCaseCount,
  caseStatus,
  connectionStatus,
  confirmWithPassword,
  decide,
  enrolElsewhere,
  enrolThroughLink,
  fixture,
  go,
  openAccountInUi,
  openFromQueue,
  passAllChecks,
  recordCallBack,
  saveReview,
  signIn,
  signOff,
  snapshot,
  toggleFilter,
  FIRST_ADMIN,
  SECOND_ADMIN,
  type Account,
  actor,
  type Actor,
  setUpSecondFactorIfAsked,
} from './support';

const ADMIN = FIRST_ADMIN;
const REVIEWER: Account = {
  displayName: 'Ravi Kulkarni',
  username: 'rkulkarni',
  password: 'reviewer passphrase, long enough',
  role: 'reviewer',
};
const SUPERVISOR_A: Account = {
  displayName: 'Sofia Andersson',
  username: 'sandersson',
  password: 'supervisor A passphrase 2026',
  role: 'supervisor',
};
const SUPERVISOR_B: Account = {
  displayName: 'Bruno Costa',
  username: 'bcosta',
  password: 'supervisor B passphrase 2026',
  role: 'supervisor',
};

const FILE_ORDER = 'TJ-LYON-2026-8812';
const TYPED_ORDER = 'GSTA-MUC-2026-0457';
const PDF = 'ordonnance-JI-2026-8812.pdf';

test.describe.configure({ mode: 'serial' });

let admin: Actor;
let reviewer: Actor;
let supervisorA: Actor;
let supervisorB: Actor;
let secondAdmin: Actor;

test.beforeAll(async ({ browser }) => {
  [admin, reviewer, supervisorA, supervisorB, secondAdmin] = await Promise.all([
    actor(browser),
    actor(browser),
    actor(browser),
    actor(browser),
    actor(browser),
  ]);
});

test.afterAll(async () => {
  await Promise.all(
    [admin, reviewer, supervisorA, supervisorB, secondAdmin].map((a) => a?.context.close()),
  );
});

test('a fresh desk asks only for the first administrator', async () => {
  const { page } = admin;
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);

  await page.getByLabel('Full name').fill(ADMIN.displayName);
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill('too short');
  await page.getByLabel('Confirm password').fill('something else');
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByText('use at least 12 characters')).toBeVisible();
  await expect(page.getByText('the two passwords are not the same')).toBeVisible();
  await snapshot(page, '01-first-admin');

  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Confirm password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await setUpSecondFactorIfAsked(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByText('Administrator', { exact: false }).first()).toBeVisible();
});

test('the administrator opens accounts; each person sets their own password', async ({
  browser,
}) => {
  const { page } = admin;
  // A lone administrator cannot grant the supervisor role: a second one must confirm it.
  await page.getByLabel('Full name').fill(SUPERVISOR_A.displayName);
  await page.getByLabel('Username').fill(SUPERVISOR_A.username);
  await page.getByLabel('Role', { exact: true }).selectOption('supervisor');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('second administrator');

  // The first administrator appoints the desk's second administrator, who enrols with the
  // code shown once.
  const secondCode = await openAccountInUi(page, SECOND_ADMIN);
  await enrolThroughLink(secondAdmin.page, secondCode, SECOND_ADMIN);
  await snapshot(secondAdmin.page, '02-second-admin-enrolled');

  for (const account of [REVIEWER, SUPERVISOR_A, SUPERVISOR_B]) {
    const code = await openAccountInUi(page, account);
    await enrolElsewhere(browser, code, account);
  }
  await snapshot(page, '02-users');

  // The second administrator confirms the supervisor roles the first one asked for; the first
  // cannot confirm what they asked for themselves.
  await expect(
    page.getByRole('button', { name: `Confirm supervisor role for ${SUPERVISOR_A.username}` }),
  ).toHaveCount(0);
  const users = secondAdmin.page;
  await users.reload();
  for (const account of [SUPERVISOR_A, SUPERVISOR_B]) {
    await users
      .getByRole('button', { name: `Confirm supervisor role for ${account.username}` })
      .click();
    await expect(
      users
        .getByRole('row', { name: new RegExp(account.username) })
        .getByRole('cell')
        .nth(2),
    ).toHaveText('Supervisor');
  }
});

test('the reviewer imports an order file with its PDF; malformed files say what is wrong', async () => {
  const { page } = reviewer;
  await signIn(page, REVIEWER);
  await go(page, 'Import order');
  const importButton = page.getByRole('button', { name: 'Import order', exact: true });

  await page.getByLabel('Order file (JSON)').setInputFiles(fixture('order-letter.txt'));
  await importButton.click();
  await expect(page.getByRole('alert')).toContainText('it is not written in JSON at all');

  await page.getByLabel('Order file (JSON)').setInputFiles(fixture('order-display-name.json'));
  await importButton.click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Target 2 — identifier');
  await expect(alert).toContainText('"John Smith" is not a numeric user id');
  await snapshot(page, '03-intake-error');

  await page.getByLabel('Order file (JSON)').setInputFiles(fixture('order-lyon-fraud.json'));
  await page.getByLabel('Attached documents (PDF)').setInputFiles(fixture(PDF));
  await importButton.click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${FILE_ORDER}` })).toBeVisible();
  const sha256 = createHash('sha256')
    .update(readFileSync(fixture(PDF)))
    .digest('hex');
  await expect(page.getByRole('link', { name: PDF })).toBeVisible();
  await expect(page.getByText(sha256)).toBeVisible();
});

test('the reviewer types in a second order; the form names the wrong field', async () => {
  const { page } = reviewer;
  await go(page, 'Import order');
  await page.getByLabel('Reference').fill(TYPED_ORDER);
  await page.getByLabel('Received at').fill('24 Nov 2026 10:30');
  await page.getByLabel('Authority name').fill('Amtsgericht München — Ermittlungsrichter');
  await page.getByLabel('Country').selectOption('DE');
  await page.getByLabel('Kind of authority').selectOption('investigating_judge');
  await page.getByLabel('Instrument').selectOption('judges_order');
  await page.getByLabel('Legal basis cited').fill('§ 100k StPO (Erhebung von Nutzungsdaten)');
  await page.getByLabel('Target 1 identifier kind').selectOption('username');
  await page.getByLabel('Target 1 identifier', { exact: true }).fill('@munich_pharma_drop');
  await page.getByRole('button', { name: 'Add target' }).click();
  await page.getByLabel('Target 2 identifier', { exact: true }).fill('Max Mustermann');
  await page
    .getByLabel('Offence 1 as described in the order')
    .fill('Sale of narcotics through a private channel');
  await page
    .getByLabel('Offence 1 category (Terms of Service catalog)')
    .selectOption('drug_trafficking');
  await page.getByRole('checkbox', { name: 'IP addresses' }).check();
  await page.getByRole('checkbox', { name: 'Phone number' }).check();
  await page.getByLabel('IP window from').fill('1 Sep 2026 00:00');
  await page.getByLabel('IP window to').fill('15 Oct 2026 00:00');
  await page.getByRole('button', { name: 'Import typed order' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Target 2 — identifier: "Max Mustermann" is not',
  );
  await snapshot(page, '04-intake-form-error');

  await page.getByRole('button', { name: 'Remove target 2' }).click();
  await page.getByRole('button', { name: 'Import typed order' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${TYPED_ORDER}` })).toBeVisible();
});

test('both cases are in the queue, which filters and sorts', async () => {
  const { page } = reviewer;
  await go(page, 'Queue');
  await expect(page.getByText('2 cases', { exact: true })).toBeVisible();
  const references = page.getByRole('grid', { name: 'Cases' }).getByRole('link');

  await page.getByLabel('Search cases').fill('lyon');
  await expect(page.getByText('1 of 2 cases')).toBeVisible();
  await expect(references).toHaveText([FILE_ORDER]);
  await page.getByLabel('Search cases').fill('');

  await toggleFilter(page, 'Country', 'Germany');
  await expect(references).toHaveText([TYPED_ORDER]);
  await toggleFilter(page, 'Country', 'Germany');
  await toggleFilter(page, 'Status', 'Signed off');
  await expect(page.getByText('0 of 2 cases')).toBeVisible();
  await toggleFilter(page, 'Status', 'Signed off');
  await toggleFilter(page, 'Status', 'Received');
  await expect(references).toHaveCount(2);

  const referenceHeader = page.getByRole('columnheader', { name: 'Reference' });
  await referenceHeader.getByRole('button').click();
  await expect(referenceHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(references).toHaveText([TYPED_ORDER, FILE_ORDER]);
  await referenceHeader.getByRole('button').click();
  await expect(referenceHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(references).toHaveText([FILE_ORDER, TYPED_ORDER]);
  await snapshot(page, '05-queue');
});

test('supervisor A, a colleague, records the call-back to the Lyon court', async () => {
  const { page } = supervisorA;
  await signIn(page, SUPERVISOR_A);
  await openFromQueue(page, FILE_ORDER);
  // The court is not in the authority directory, so its reviewer may not verify it alone.
  await expect(
    page.getByText(/because the authority is not in the authority directory/),
  ).toBeVisible();
  await recordCallBack(page, {
    calledBy: SUPERVISOR_A.displayName,
    contactName: 'Greffier du cabinet n° 4',
    contactUsed: '+33 4 72 00 00 00',
    source: { kind: 'registry', reference: 'Annuaire des juridictions, ministère de la Justice' },
    at: '2026-11-24T10:00',
    outcome: 'confirmed',
  });
});

test('the reviewer reviews the case and signs off after re-entering the password', async () => {
  const { page } = reviewer;
  await page.getByRole('link', { name: FILE_ORDER }).click();
  // The call-back made the case newer than the copy this page opened with: wait for it.
  await expect(page.getByRole('list', { name: 'Recorded call-backs' })).toBeVisible();
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(caseStatus(page)).toContainText('In review');
  await expect(page.getByRole('list', { name: 'Outstanding before sign-off' })).toContainText(
    'The instrument check is not resolved.',
  );
  await expect(page.getByRole('button', { name: 'Sign off', exact: true })).toBeDisabled();

  await passAllChecks(page);
  await page
    .getByLabel('Note on authenticity')
    .fill('Called the greffe back on the number in the ministry directory; the order is genuine.');
  await decide(page, 'IP addresses of @lyon_crypto_signals', 'Disclose');
  await decide(page, 'Phone number of @lyon_crypto_signals', 'Disclose');
  await decide(
    page,
    'IP addresses of user id 6023451987',
    'Decline',
    'No login from this account inside the window.',
  );
  await decide(page, 'Phone number of user id 6023451987', 'Disclose');
  await expect(
    page
      .getByRole('radiogroup', { name: 'Message content of user id 6023451987' })
      .getByLabel('Disclose'),
  ).toBeDisabled();
  await snapshot(page, '06-review');
  await saveReview(page);
  await signOff(page, REVIEWER.password);
});

test('supervisor A returns the sign-off with a comment', async () => {
  const { page } = supervisorA;
  await go(page, 'Approvals');
  await page.getByRole('link', { name: FILE_ORDER }).click();
  await expect(page.getByText(`Signed off by ${REVIEWER.displayName}`)).toBeVisible();
  await snapshot(page, '07-approval');
  await page
    .getByLabel('Comment (required to return the case)')
    .fill('Record where the call-back number came from before this goes further.');
  await page.getByRole('button', { name: 'Return to reviewer' }).click();
  await expect(caseStatus(page)).toContainText('Returned');
});

test('the reviewer reopens the returned case and signs off again', async () => {
  const { page } = reviewer;
  await expect(caseStatus(page)).toContainText('Returned');
  await expect(page.getByRole('note')).toContainText('Record where the call-back number came from');
  await page.getByRole('button', { name: 'Reopen for review' }).click();
  await expect(caseStatus(page)).toContainText('In review');
  await page
    .getByLabel('Note on authenticity')
    .fill(
      'Called the greffe back on +33 4 72 00 00 00, taken from the ministry of justice directory (annuaire des juridictions), not from the order.',
    );
  await saveReview(page);
  await signOff(page, REVIEWER.password);
});

test('a stale save is refused as stale and the case reloads', async () => {
  const a = supervisorA.page;
  const r = reviewer.page;
  await openFromQueue(a, TYPED_ORDER);
  await a.getByRole('button', { name: 'Start review' }).click();
  await expect(caseStatus(a)).toContainText('In review');

  // Only the holder edits: the reviewer reads the case supervisor A now holds.
  await openFromQueue(r, TYPED_ORDER);
  await expect(caseStatus(r)).toContainText('In review');
  await expect(r.getByRole('button', { name: 'Save review' })).toHaveCount(0);

  // Supervisor A edits here while the same account saves from another workstation first.
  await a.getByRole('group', { name: 'Instrument', exact: true }).getByLabel('Pass').check();
  const caseId = decodeURIComponent(a.url().split('#/cases/')[1] ?? '');
  const elsewhere = supervisorA.context.request;
  const seen = (await (await elsewhere.get(`/api/cases/${caseId}`)).json()) as {
    version: number;
    review: { checks: Record<string, unknown> };
  };
  const review = {
    ...seen.review,
    checks: { ...seen.review.checks, scope: { result: 'needs_review', note: '' } },
  };
  const saved = await elsewhere.post('/api/mutations', {
    data: { name: 'case.saveReview', args: { caseId, version: seen.version, review } },
  });
  expect(saved.status(), await saved.text()).toBe(200);

  // Every action travels through the outbox; the server acknowledges the refusal as data.
  // Background rounds push too; wait for the one that carries this save.
  const stale = a.waitForResponse(
    (res) =>
      res.url().endsWith('/api/sync/push') &&
      (res.request().postData() ?? '').includes('case.saveReview'),
  );
  await a.getByRole('button', { name: 'Save review' }).click();
  const ack = (await (await stale).json()) as { acks: { error?: { code: string } }[] };
  expect(ack.acks[0]?.error?.code).toBe('stale_version');
  await expect(a.getByRole('alert')).toContainText('This case was changed by someone else');
  await expect(
    a.getByRole('group', { name: 'Scope', exact: true }).getByLabel('Needs review'),
  ).toBeChecked();
  await snapshot(a, '08-stale');
  // The reviewer only read the case meanwhile; the next step acts on it as it now is.
  await r.reload();
});

test('a supervisor who signed off a case is refused its approval (four eyes)', async () => {
  const { page, context } = supervisorA;
  // The Munich court is not in the directory either: the reviewer, a colleague here, calls back.
  await recordCallBack(reviewer.page, {
    calledBy: REVIEWER.displayName,
    contactName: 'Geschäftsstelle der Ermittlungsrichter',
    contactUsed: '+49 89 5597 01',
    source: { kind: 'registry', reference: 'Bavarian justice portal, court directory' },
    at: '2026-11-25T09:00',
    outcome: 'confirmed',
  });
  await page.reload();
  await expect(page.getByRole('list', { name: 'Recorded call-backs' })).toBeVisible();
  await passAllChecks(page);
  await page
    .getByLabel('Note on authenticity')
    .fill('Called back the court registry on the number in the Bavarian justice portal.');
  await decide(page, 'IP addresses of @munich_pharma_drop', 'Disclose');
  await decide(page, 'Phone number of @munich_pharma_drop', 'Disclose');
  await saveReview(page);
  await signOff(page, SUPERVISOR_A.password);

  await go(page, 'Approvals');
  await page.getByRole('link', { name: TYPED_ORDER }).click();
  await expect(page.getByRole('alert')).toContainText('You cannot approve this case.');
  await expect(page.getByRole('alert')).toContainText('another supervisor must approve it');
  await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await snapshot(page, '09-four-eyes');

  const caseId = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '');
  const detail = await context.request.get(`/api/cases/${caseId}`);
  const { version } = (await detail.json()) as { version: number };
  await context.request.post('/api/session/reauth', { data: { password: SUPERVISOR_A.password } });
  const refused = await context.request.post('/api/mutations', {
    data: { name: 'case.approve', args: { caseId, version } },
  });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('four_eyes');
});

test('supervisor B approves; the case shows the disclosure record', async () => {
  const { page } = supervisorB;
  await signIn(page, SUPERVISOR_B);
  await go(page, 'Approvals');
  await page.getByRole('link', { name: FILE_ORDER }).click();
  // The evidence of the call-back: who called, which number, where it came from, what was said.
  const callBack = page
    .getByRole('table', { name: 'Recorded call-backs' })
    .getByRole('row', { name: /\+33 4 72 00 00 00/ });
  await expect(callBack).toContainText(
    `${SUPERVISOR_A.displayName}, who reached Greffier du cabinet n° 4`,
  );
  await expect(callBack).toContainText(
    'an official registry: Annuaire des juridictions, ministère de la Justice',
  );
  await expect(callBack).toContainText('Confirmed: the authority issued this order');
  await page.getByRole('button', { name: 'Approve' }).click();
  await confirmWithPassword(page, SUPERVISOR_B.password, 'Confirm approval');
  await backToFinishedCase(page, ' approved.');

  const record = page.getByRole('region', { name: 'Disclosure record' });
  await expect(record).toBeVisible();
  await expect(record).toContainText(`Approved by${SUPERVISOR_B.displayName}`);
  const approved = record.getByRole('table', { name: 'Approved for disclosure' });
  await expect(approved.getByRole('row', { name: /@lyon_crypto_signals/ })).toContainText(
    'IP addresses, Phone number',
  );
  await expect(approved.getByRole('row', { name: /6023451987/ })).toContainText('Phone number');
  await expect(approved.getByRole('row', { name: /6023451987/ })).not.toContainText('IP addresses');
  await snapshot(page, '10-disclosure-record');
});

test('offline, the reviewer still reads the queue and the opened case from the cache', async () => {
  const { page, context } = reviewer;
  await openFromQueue(page, FILE_ORDER);
  await expect(page.getByRole('region', { name: 'Disclosure record' })).toBeVisible();

  await context.setOffline(true);
  await go(page, 'Queue');
  await expect(connectionStatus(page)).toHaveText('Offline');
  // The approved case is not open: the queue's default view leaves it out of the count.
  await expect(page.getByText('1 of 2 cases', { exact: true })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Saved views' })
    .getByRole('link', { name: 'All cases' })
    .click();
  await expect(page.getByText('2 cases', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: FILE_ORDER }).click();
  await expect(page.getByText(/^Offline — showing the copy from /)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Disclosure record' })).toBeVisible();
  await snapshot(page, '11-offline');
  await context.setOffline(false);
  await expect(page.getByText(/^Offline — showing the copy from /)).toHaveCount(0);
});

test('signing out leaves no case on the workstation', async () => {
  const { page } = reviewer;
  expect(await cachedCaseCount(page)).toBe(2);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Disclosure Desk' })).toBeVisible();
  await expect.poll(() => cachedCaseCount(page)).toBe(0);
});
