import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { CHECK_KEYS, CHECK_LABELS } from '../../shared/review';
import { expectAccessible } from './axe';
import {
  CALL_BACK,
  CaseDriver,
  courtReview,
  frankfurtCourtOrder,
  reauthenticate,
} from './case-states';
import { createAccount, deskAdmins, runNames, signedInApi } from './desk-api';
import {
  actor,
  caseStatus,
  confirmWithPassword,
  decide,
  fixture,
  openFromQueue,
  saveReview,
  signIn,
  snapshot,
  storedRecordCount,
  type Actor,
} from './support';

// The case page on one screen: the order's PDF beside the checks, found text marked, the
// documents the order names compared with those attached, one control per check, blockers
// once, a sign-off that says what it releases, and the next case after each decision.

const names = runNames();
const REVIEWER = names.account('workspace-reviewer', 'Lena Vogt');
const CALLER = names.account('workspace-caller', 'Jonas Weber');
const SUPERVISOR = names.account('workspace-supervisor', 'Marta Lindqvist', 'supervisor');
const READ = names.reference('AG-FFM-READ');
const MISMATCHED = names.reference('AG-FFM-MISMATCH');
const TARGET = '@fast_candy_shop_bot';

test.describe.configure({ mode: 'serial' });

let reviewer: Actor;
let supervisor: Actor;
let readCaseId: string;

/** A three-page court decision; the search word is only on the last page. */
async function courtDecisionPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = [
    ['Amtsgericht Frankfurt am Main', 'Beschluss des Ermittlungsrichters'],
    ['Gruende', 'Der Beschuldigte betreibt einen Verkaufsbot.'],
    ['Anordnung', 'Die Bestandsdaten sind zu beauskunften: Rufnummer.'],
  ];
  for (const [title, body] of lines) {
    const page = pdf.addPage([595, 842]);
    page.drawText(title ?? '', { x: 72, y: 760, size: 16, font });
    page.drawText(body ?? '', { x: 72, y: 720, size: 12, font });
  }
  return Buffer.from(await pdf.save());
}

/** Imports an order with one attached PDF, as a court's portal delivery would arrive. */
async function importWithFile(
  api: APIRequestContext,
  order: unknown,
  file: { name: string; buffer: Buffer },
): Promise<string> {
  const imported = await api.post('/api/orders', {
    multipart: {
      order: JSON.stringify(order),
      attachment: { name: file.name, mimeType: 'application/pdf', buffer: file.buffer },
    },
  });
  expect(imported.status(), await imported.text()).toBe(200);
  return ((await imported.json()) as { caseId: string }).caseId;
}

function courtOrder(reference: string, documents: { name: string }[]) {
  // Received an hour ago, so the deadline check passes whatever day the suite runs.
  const receivedAt = new Date(Date.now() - 60 * 60 * 1000).toISOString();
  return { ...frankfurtCourtOrder(reference), receivedAt, documents };
}

test.beforeAll(async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('the Chromium project sets a baseURL');
  const admin = await deskAdmins(baseURL);
  for (const person of [REVIEWER, CALLER, SUPERVISOR]) await createAccount(admin, person);
  await admin.dispose();

  const caller = await signedInApi(baseURL, CALLER);
  readCaseId = await importWithFile(caller, courtOrder(READ, [{ name: 'beschluss.pdf' }]), {
    name: 'beschluss.pdf',
    buffer: await courtDecisionPdf(),
  });
  // Names a decision that never came, and brings a file it does not name.
  const mismatchedId = await importWithFile(
    caller,
    courtOrder(MISMATCHED, [{ name: 'beschluss-2026-17.pdf' }]),
    {
      name: 'ordonnance-JI-2026-8812.pdf',
      buffer: readFileSync(fixture('ordonnance-JI-2026-8812.pdf')),
    },
  );
  // After the order arrived: a call-back made before it would not confirm it.
  const verifiedAt = new Date(Date.now() - 30 * 60 * 1000).toISOString();
  const callBack = { verification: { ...CALL_BACK, calledBy: CALLER.displayName, verifiedAt } };
  await new CaseDriver(readCaseId).act(caller, 'case.recordVerification', callBack);
  const mismatched = await new CaseDriver(mismatchedId).act(
    caller,
    'case.recordVerification',
    callBack,
  );
  await caller.dispose();

  // The second case is signed off over the API, so the supervisor has a next case to go to.
  const api = await signedInApi(baseURL, REVIEWER);
  await mismatched.act(api, 'case.startReview');
  await mismatched.act(api, 'case.saveReview', { review: courtReview('disclose') });
  await reauthenticate(api, REVIEWER.password);
  await mismatched.act(api, 'case.signOff');
  await api.dispose();

  [reviewer, supervisor] = await Promise.all([actor(browser), actor(browser)]);
});

test.afterAll(async () => {
  await Promise.all([reviewer, supervisor].map((a) => a?.context.close()));
});

test('the order’s PDF is read beside the checks: pages, zoom and find', async () => {
  const { page } = reviewer;
  await signIn(page, REVIEWER);
  await openFromQueue(page, READ);

  const documents = page.getByRole('complementary', { name: 'The order’s documents' });
  const viewer = documents.getByRole('region', { name: /^beschluss\.pdf, page \d+ of 3$/ });
  await expect(viewer).toHaveAccessibleName('beschluss.pdf, page 1 of 3');
  await expect(viewer.locator('.textLayer')).toContainText('Amtsgericht Frankfurt am Main');
  await expect(documents.getByRole('note', { name: 'Document marks' })).toHaveCount(0);
  // The page is drawn, not left blank.
  await expect
    .poll(() => viewer.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL().length))
    .toBeGreaterThan(5000);

  await documents.getByRole('button', { name: 'Next page' }).click();
  await expect(viewer).toHaveAccessibleName('beschluss.pdf, page 2 of 3');
  await expect(viewer.locator('.textLayer')).toContainText('Verkaufsbot');
  await documents.getByRole('button', { name: 'Previous page' }).click();
  await expect(viewer).toHaveAccessibleName('beschluss.pdf, page 1 of 3');

  const width = async () => (await viewer.locator('.pdf-page').boundingBox())?.width ?? 0;
  const before = await width();
  await documents.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(width).toBeGreaterThan(before);

  await documents.getByLabel('Find in document').fill('rufnummer');
  await expect(documents.getByRole('status').filter({ hasText: /^Match/ })).toHaveText(
    'Match 1 of 1, on page 3',
  );
  await expect(viewer).toHaveAccessibleName('beschluss.pdf, page 3 of 3');
  await expect(viewer.locator('mark.find-current')).toHaveText('Rufnummer');
  await documents.getByLabel('Find in document').fill('subpoena');
  await expect(documents.getByText('Not found')).toBeVisible();

  await snapshot(page, 'workspace-01-document');
  await expectAccessible(page, 'the case page with its document');
});

test('blockers are listed once and lead to their row; one action confirms the engine', async () => {
  const { page } = reviewer;
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(caseStatus(page)).toContainText('In review');

  // The document stays in view while the checks scroll.
  await page.evaluate(() => window.scrollTo(0, 700));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const box = await page
    .getByRole('complementary', { name: 'The order’s documents' })
    .boundingBox();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect(box?.y ?? 1e6).toBeLessThan(50);
  await page.evaluate(() => window.scrollTo(0, 0));

  const outstanding = page.getByRole('list', { name: 'Outstanding before sign-off' });
  for (const key of CHECK_KEYS) {
    await expect(
      outstanding
        .getByRole('listitem')
        .filter({ hasText: `The ${CHECK_LABELS[key].title.toLowerCase()} check is not resolved.` }),
    ).toHaveCount(1);
  }
  await outstanding.getByRole('button', { name: 'Scope', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Scope', exact: true })).toBeFocused();

  // One control per check: no separate confirm button beside a row of choices.
  await expect(page.getByRole('button', { name: /^Confirm the engine on/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Confirm every check the engine passed' }).click();
  for (const key of CHECK_KEYS) {
    const check = page.getByRole('group', { name: CHECK_LABELS[key].title, exact: true });
    await expect(check.getByRole('radio', { name: 'Pass (engine)' })).toBeChecked();
  }
  await decide(page, `Phone number of ${TARGET}`, 'Disclose');
  await saveReview(page);
  await expect(outstanding).toHaveCount(0);
  await expectAccessible(page, 'the review ready to sign off');
});

test('the sign-off dialog lists what is released, then the next case opens', async () => {
  const { page } = reviewer;
  await page.getByRole('button', { name: 'Sign off', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Sign off case ${READ}` });
  await expect(dialog.getByRole('list', { name: 'Released after approval' })).toHaveText([
    `Phone number of ${TARGET}`,
  ]);
  await expect(dialog.getByRole('list', { name: 'Refused' })).toHaveCount(0);
  await expect(dialog).toContainText('Refused');
  await snapshot(page, 'workspace-02-sign-off-dialog');
  await expectAccessible(page, 'the sign-off dialog');
  await confirmWithPassword(page, REVIEWER.password, 'Confirm sign-off');
  // The next case opens (or the queue, when none awaits), saying what was just done.
  const done = page.getByRole('region', { name: 'Done' });
  await expect(done).toContainText(`Case ${READ} signed off.`);
  await expect(caseStatus(page)).not.toContainText(`Case ${READ}`);
  await expect(
    page.getByRole('status').filter({ hasText: `Case ${READ} signed off.` }),
  ).toHaveCount(1);
  await done.getByRole('link', { name: `Back to case ${READ}` }).click();
  await expect(caseStatus(page)).toContainText(`Case ${READ}`);
  await expect(caseStatus(page)).toContainText('Signed off');
  await expect(done).toHaveCount(0);
});

test('a named document that was not attached, and an unnamed one, are flagged', async () => {
  const { page } = reviewer;
  await openFromQueue(page, MISMATCHED);
  const marks = page.getByRole('note', { name: 'Document marks' });
  await expect(marks).toContainText('Document missing');
  await expect(marks.getByRole('list', { name: 'Documents missing' })).toHaveText([
    'beschluss-2026-17.pdf',
  ]);
  await expect(marks).toContainText('Unlisted document');
  await expect(marks.getByRole('list', { name: 'Unlisted documents' })).toHaveText([
    'ordonnance-JI-2026-8812.pdf',
  ]);
  // The unlisted file is still there to read.
  await expect(page.locator('.pdf-page .textLayer')).toContainText('Ordonnance JI-2026-8812');
  await expectAccessible(page, 'a case with document marks');
});

/** How many of the orders' files this workstation keeps for reading offline. */
const keptDocuments = (page: Page) => storedRecordCount(page, 'disclosure-desk-documents', 'files');

test('offline after a restart, the order read online is still read from this workstation', async () => {
  const { page, context } = reviewer;
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
    .toBe('activated');
  // Both cases' files were read online in this window.
  await expect.poll(() => keptDocuments(page)).toBeGreaterThanOrEqual(2);
  await context.setOffline(true);
  // The reload forgets what the window held in memory; the kept copy is on disk.
  await page.reload();
  await expect(caseStatus(page)).toContainText(`Case ${MISMATCHED}`);
  await expect(page.locator('.pdf-page .textLayer')).toContainText('Ordonnance JI-2026-8812');
  await context.setOffline(false);
});

test('offline, a document not downloaded before the connection was lost is said to be unavailable', async () => {
  const { page, context } = reviewer;
  await context.setOffline(true);
  // As if the copy had been pushed out by newer ones: the case is kept, its file is not.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const deleting = indexedDB.deleteDatabase('disclosure-desk-documents');
        deleting.onsuccess = () => resolve();
        deleting.onerror = () => reject(new Error('the documents database was not removed'));
      }),
  );
  await page.reload();
  await expect(caseStatus(page)).toContainText(`Case ${MISMATCHED}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'You are offline and this document' }),
  ).toContainText('was not downloaded to this workstation before the connection was lost');
  await context.setOffline(false);
});

test('after approval the next case in the supervisor’s list opens at once', async () => {
  const { page } = supervisor;
  await signIn(page, SUPERVISOR);
  // The supervisor's own list: both sign-offs of this story, the one to approve first.
  await page.goto('/#/approvals?q=AG-FFM&sort=reference:desc');
  const list = page.getByRole('main');
  await expect(list.getByRole('link', { name: MISMATCHED, exact: true })).toBeVisible();
  await list.getByRole('link', { name: READ, exact: true }).click();
  await expect(caseStatus(page)).toContainText(`Case ${READ}`);
  await expect(page.getByRole('complementary', { name: 'The order’s documents' })).toContainText(
    'beschluss.pdf',
  );
  await page.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: `Approve case ${READ}` });
  await expect(dialog.getByRole('list', { name: 'Released after approval' })).toHaveText([
    `Phone number of ${TARGET}`,
  ]);
  await confirmWithPassword(page, SUPERVISOR.password, 'Confirm approval');

  // No link to follow: the next case in the list is open, ready for the same decision.
  await expect(caseStatus(page)).toContainText(`Case ${MISMATCHED}`);
  await expect(caseStatus(page)).toContainText('Signed off');
  await expect(caseStatus(page)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Approve' })).toBeVisible();
  const done = page.getByRole('region', { name: 'Done' });
  await expect(done).toContainText(`Case ${READ} approved.`);
  await expect(done).toContainText(`The next case, ${MISMATCHED}, is open.`);
  // Read out too, from the live region that outlasts the change of screen.
  await expect(
    page.getByRole('status').filter({ hasText: `Case ${READ} approved.` }),
  ).toContainText(`The next case, ${MISMATCHED}, is open.`);
  await expectAccessible(page, 'the next case after an approval');
  await snapshot(page, 'workspace-03-next-case-after-approval');

  // And back to the approved case, which shows what it releases.
  await done.getByRole('link', { name: `Back to case ${READ}` }).click();
  await expect(caseStatus(page)).toContainText(`Case ${READ}`);
  await expect(caseStatus(page)).toContainText('Approved');
});
