import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseDetail } from '../../../shared/case-record';
import { DisclosurePackageView } from '../../../shared/disclosure/manifest';
import type { DirectoryAnswer } from '../../../shared/disclosure/subscriber-data';
import type { AuthenticatedSession } from '../../auth/sessions';
import { answersSha256, sha256Hex } from '../../disclosure/build-package';
import { lookUpSubscribers } from '../../disclosure/look-up-subscribers';
import { ServiceError } from '../../service-error';
import type { SubscriberDirectory } from '../../subscribers/subscriber-directory';
import {
  completedReview,
  importCase,
  mutate,
  reauthenticate,
  signedOffCase,
  step,
} from '../../testing/case-steps';
import {
  account,
  addAccounts,
  approvedCase,
  delivery,
  lookUp,
} from '../../testing/disclosure-steps';
import { pdfLines } from '../../testing/pdf-text';
import { sampleOrder } from '../../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
  await addAccounts(t.database.db, [
    account('acc-fastcash', {
      username: '@fastcash_invest',
      phoneNumber: '+33612345678',
      ips: [
        { address: '203.0.113.7', seenAt: '2026-01-15T10:00:00.000Z' },
        { address: '198.51.100.9', seenAt: '2026-02-20T18:30:00.000Z' },
        // Outside the order's window: never released.
        { address: '192.0.2.44', seenAt: '2025-12-31T23:00:00.000Z' },
      ],
    }),
    account('acc-5012', { userId: '5012345678', phoneNumber: '+4915112345678' }),
  ]);
});
afterEach(() => t.close());

/** All an answer in the package may hold: only a phone number and IP addresses are released. */
const RELEASED_KEYS = ['ipAddresses', 'phoneNumber', 'result', 'target'];

async function openPackage(current: CaseDetail) {
  const response = await team.supervisor.get(`/api/cases/${current.id}/package`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return DisclosurePackageView.parse(response.body);
}

describe('from approval to disclosure', () => {
  it('looks up exactly what was approved, packages it with verifiable hashes, and delivers it', async () => {
    let current = await approvedCase(team, 'disclose');
    expect(current.disclosureProgress ?? null).toBeNull();
    current = await lookUp(team.supervisor, current);
    expect(current.status).toBe('approved');
    expect(current.disclosureProgress?.counts).toEqual({
      targets: 2,
      accountsFound: 2,
      phoneNumbers: 2,
      ipAddresses: 2,
      noSuchAccount: 0,
      noDataInWindow: 0,
    });
    // The case record carries counts and hashes, never the values.
    const asReviewer = await team.reviewer.get(`/api/cases/${current.id}`);
    expect(JSON.stringify(asReviewer.body)).not.toMatch(/\+33612345678|203\.0\.113\.7/);

    const view = await openPackage(current);
    const { manifest } = view;
    expect(manifest).toMatchObject({
      orderReference: 'PR-PARIS-2026-004417',
      authority: { name: 'Tribunal judiciaire de Paris', country: 'FR' },
      reviewerName: 'Rita Reviewer',
      approverName: 'Sam Supervisor',
    });
    expect(manifest.answers.find((a) => a.target === 'username:@fastcash_invest')).toEqual({
      target: 'username:@fastcash_invest',
      result: 'found',
      phoneNumber: '+33612345678',
      ipAddresses: [
        { address: '203.0.113.7', seenAt: '2026-01-15T10:00:00.000Z' },
        { address: '198.51.100.9', seenAt: '2026-02-20T18:30:00.000Z' },
      ],
    });

    // The manifest hashes verify: the stored files, the values, the letter.
    const manifestFile = await team.supervisor.get(`/api/cases/${current.id}/package/manifest`);
    const letterFile = await team.supervisor.get(`/api/cases/${current.id}/package/letter`);
    expect(sha256Hex(manifestFile.bytes)).toBe(view.manifestSha256);
    expect(sha256Hex(manifestFile.bytes)).toBe(current.disclosureProgress?.package?.manifestSha256);
    expect(sha256Hex(letterFile.bytes)).toBe(manifest.parts[0]?.sha256);
    expect(new TextDecoder().decode(letterFile.bytes.slice(0, 5))).toBe('%PDF-');
    expect(answersSha256(manifest.answers)).toBe(manifest.answersSha256);
    expect(current.disclosureProgress?.package?.language).toBe('fr');

    const refused = await mutate(team.supervisor, 'case.recordRefusal', current);
    expect(errorOf(refused).code).toBe('invalid_transition');
    current = await step(team.supervisor, 'case.recordDisclosure', current, {
      delivery: delivery('2026-03-02T09:00:00Z'),
    });
    expect(current.status).toBe('disclosed');
    expect(current.disclosureProgress?.delivery).toMatchObject({
      kind: 'disclosure',
      channel: 'portal',
      sentByName: 'Sam Supervisor',
    });
    current = await step(team.supervisor, 'case.close', current);
    expect(current.status).toBe('closed');

    const actions = await t.database.db.query<{ action: string }>(
      'SELECT action FROM audit_events WHERE case_id = $1 ORDER BY id',
      [current.id],
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'disclosure.lookUp',
        'disclosure.openPackage',
        'disclosure.downloadPackage',
        'case.recordDisclosure',
        'case.close',
      ]),
    );
  });

  it('never yields message content, and never names a declined target in the package', async () => {
    const order = sampleOrder({
      targets: [
        { identifier: { kind: 'username', value: '@fastcash_invest' }, status: 'suspect' },
        { identifier: { kind: 'user_id', value: '5012345678' }, status: 'victim' },
      ],
    });
    let current = await importCase(team.reviewer, order);
    current = await step(team.reviewer, 'case.startReview', current);
    const review = completedReview(current, 'disclose');
    review.decisions = review.decisions.map((d) =>
      d.target === 'user_id:5012345678'
        ? { ...d, verdict: 'decline', reason: 'Named as a victim, not a suspect.' }
        : d,
    );
    current = await step(team.reviewer, 'case.saveReview', current, { review });
    await reauthenticate(team.reviewer);
    current = await step(team.reviewer, 'case.signOff', current);
    expect(current.outcome).toBe('partial');
    await reauthenticate(team.supervisor);
    current = await step(team.supervisor, 'case.approve', current);
    current = await lookUp(team.supervisor, current);
    const view = await openPackage(current);
    const text = JSON.stringify(view.manifest);
    expect(text).not.toMatch(/5012345678|\+4915112345678|message_content/);
    expect(view.manifest.answers.map((a) => a.target)).toEqual(['username:@fastcash_invest']);
    for (const answer of view.manifest.answers) {
      expect(Object.keys(answer).sort()).toEqual(RELEASED_KEYS);
    }
  });

  it('hands over no account id, neither for a target found nor for one with nothing in the window', async () => {
    let current = await approvedCase(
      team,
      'disclose',
      // @fastcash_invest was seen in the window; the account of 5012345678 was not.
      sampleOrder({ dataRequested: ['ip_addresses'] }),
    );
    current = await lookUp(team.supervisor, current);
    const accountIds = /acc-fastcash|acc-5012/;

    const viewResponse = await team.supervisor.get(`/api/cases/${current.id}/package`);
    const answers = (viewResponse.body as { manifest: { answers: Record<string, unknown>[] } })
      .manifest.answers;
    expect(answers.map((a) => [a.target, a.result])).toEqual([
      ['username:@fastcash_invest', 'found'],
      ['user_id:5012345678', 'no_data_in_window'],
    ]);
    for (const answer of answers) expect(Object.keys(answer).sort()).toEqual(RELEASED_KEYS);

    const manifestFile = await team.supervisor.get(`/api/cases/${current.id}/package/manifest`);
    const manifestText = new TextDecoder().decode(manifestFile.bytes);
    expect(manifestText).toContain('203.0.113.7');
    expect(manifestText).toContain('no_data_in_window');
    const letterFile = await team.supervisor.get(`/api/cases/${current.id}/package/letter`);
    const letterText = (await pdfLines(letterFile.bytes)).join('\n');
    expect(letterText).toContain('203.0.113.7');
    const caseDetail = await team.supervisor.get(`/api/cases/${current.id}`);
    const changes = await team.supervisor.get('/api/cases');
    const events = await t.database.db.query<{ details: unknown }>(
      'SELECT details FROM audit_events WHERE case_id = $1',
      [current.id],
    );
    for (const delivered of [
      JSON.stringify(viewResponse.body),
      manifestText,
      letterText,
      JSON.stringify(caseDetail.body),
      JSON.stringify(changes.body),
      JSON.stringify(events.map((e) => e.details)),
    ]) {
      expect(delivered).not.toMatch(accountIds);
    }

    // The lookup kept on the case keeps them, for the transparency report's distinct accounts.
    const [kept] = await t.database.db.query<{ answers: { accountId: string | null }[] }>(
      'SELECT answers FROM subscriber_lookups WHERE case_id = $1',
      [current.id],
    );
    expect(kept?.answers.map((a) => a.accountId)).toEqual(['acc-fastcash', 'acc-5012']);
  });

  it('still opens, and still verifies, a package recorded when answers carried account ids', async () => {
    const answered = await lookUp(team.supervisor, await approvedCase(team, 'disclose'));
    const later = await approvedCase(
      team,
      'disclose',
      sampleOrder({ reference: 'PR-PARIS-2026-004418' }),
    );
    // The package as it was built then: each answer with its account id, hashed with it.
    const source = await team.supervisor.get(`/api/cases/${answered.id}/package/manifest`);
    const legacy = JSON.parse(new TextDecoder().decode(source.bytes)) as {
      caseId: string;
      answers: DirectoryAnswer[];
      answersSha256: string;
    };
    legacy.caseId = later.id;
    legacy.answers = legacy.answers.map((a) => ({
      ...a,
      accountId: a.target === 'user_id:5012345678' ? 'acc-5012' : 'acc-fastcash',
    }));
    legacy.answersSha256 = answersSha256(legacy.answers);
    const bytes = new TextEncoder().encode(`${JSON.stringify(legacy, null, 2)}\n`);
    await t.database.db.query(
      `INSERT INTO subscriber_lookups (case_id, looked_up_by, looked_up_at, answers, counts)
       SELECT $1, looked_up_by, looked_up_at, $2::jsonb, counts
         FROM subscriber_lookups WHERE case_id = $3`,
      [later.id, JSON.stringify(legacy.answers), answered.id],
    );
    await t.database.db.query(
      `INSERT INTO disclosure_packages (case_id, created_at, language, manifest, manifest_sha256,
                                        letter, letter_sha256)
       SELECT $1, created_at, language, $2, $3, letter, letter_sha256
         FROM disclosure_packages WHERE case_id = $4`,
      [later.id, bytes, sha256Hex(bytes), answered.id],
    );

    // The view shows only what may be released; the file stays the one that was delivered.
    const shown = await team.supervisor.get(`/api/cases/${later.id}/package`);
    expect(shown.status, JSON.stringify(shown.body)).toBe(200);
    expect(JSON.stringify(shown.body)).not.toMatch(/acc-fastcash|acc-5012/);
    const view = DisclosurePackageView.parse(shown.body);
    expect(view.manifest.answers).toHaveLength(2);
    const file = await team.supervisor.get(`/api/cases/${later.id}/package/manifest`);
    expect(sha256Hex(file.bytes)).toBe(view.manifestSha256);
    const delivered = JSON.parse(new TextDecoder().decode(file.bytes)) as typeof legacy;
    expect(answersSha256(delivered.answers)).toBe(delivered.answersSha256);
  });

  it('looks up only for supervisors, only once, only after approval', async () => {
    const signed = await signedOffCase(team.reviewer, 'disclose');
    const early = await team.supervisor.post(`/api/cases/${signed.id}/lookup`, {
      version: signed.version,
    });
    expect(errorOf(early).code).toBe('invalid_transition');
    await reauthenticate(team.supervisor);
    const current = await step(team.supervisor, 'case.approve', signed);
    const byReviewer = await team.reviewer.post(`/api/cases/${current.id}/lookup`, {
      version: current.version,
    });
    expect(errorOf(byReviewer).code).toBe('forbidden');
    const byAuditor = await team.auditor.get(`/api/cases/${current.id}/package`);
    expect(errorOf(byAuditor).code).toBe('forbidden');
    const stale = await team.supervisor.post(`/api/cases/${current.id}/lookup`, { version: 1 });
    expect(errorOf(stale).code).toBe('stale_version');
    const bad = await team.supervisor.post(`/api/cases/${current.id}/lookup`, { version: 'x' });
    expect(errorOf(bad)).toMatchObject({ code: 'validation', paths: ['version'] });
    const done = await lookUp(team.supervisor, current);
    const again = await team.supervisor.post(`/api/cases/${done.id}/lookup`, {
      version: done.version,
    });
    expect(errorOf(again).code).toBe('duplicate');
    const undelivered = await mutate(team.supervisor, 'case.recordDisclosure', done, {
      delivery: delivery('2030-01-01T00:00:00Z'),
    });
    expect(errorOf(undelivered)).toMatchObject({
      code: 'validation',
      paths: ['args.delivery.deliveredAt'],
    });
    // The delivery form takes minutes: the minute of the approval is not before it.
    const approvedAt = Date.parse(done.disclosure?.approvedAt ?? '');
    const minuteOf = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
    const minuteBefore = await mutate(team.supervisor, 'case.recordDisclosure', done, {
      delivery: delivery(minuteOf(approvedAt - 60_000)),
    });
    expect(errorOf(minuteBefore)).toMatchObject({ paths: ['args.delivery.deliveredAt'] });
    const sameMinute = await mutate(team.supervisor, 'case.recordDisclosure', done, {
      delivery: delivery(minuteOf(approvedAt)),
    });
    expect(sameMinute.status, JSON.stringify(sameMinute.body)).toBe(200);
  });

  it('keeps nothing when the directory fails: no lookup, no package, the same version', async () => {
    const current = await approvedCase(team, 'disclose');
    const failing: SubscriberDirectory = {
      name: 'https://directory.test',
      lookUp: () =>
        Promise.reject(new ServiceError('directory_unavailable', 'The directory is down.')),
    };
    const session: AuthenticatedSession = {
      sessionId: 'test',
      userId: team.ids.supervisor,
      username: 'supervisor',
      displayName: 'Sam Supervisor',
      role: 'supervisor',
      expiresAt: new Date('2100-01-01T00:00:00Z'),
      reauthenticatedAt: null,
    };
    await expect(
      lookUpSubscribers(t.database.db, failing, session, current.id, current.version, t.clock.now),
    ).rejects.toMatchObject({ code: 'directory_unavailable' });
    const kept = await t.database.db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM subscriber_lookups)::int + (SELECT count(*) FROM disclosure_packages)::int AS n`,
    );
    expect(kept[0]?.n).toBe(0);
    const after = CaseDetail.parse((await team.supervisor.get(`/api/cases/${current.id}`)).body);
    expect(after.version).toBe(current.version);
  });

  it('records a delivery only once the package exists', async () => {
    const current = await approvedCase(team, 'disclose');
    const early = await mutate(team.supervisor, 'case.recordDisclosure', current, {
      delivery: delivery('2026-03-02T09:00:00Z'),
    });
    expect(errorOf(early).code).toBe('invalid_transition');
  });

  it('takes an approved refusal to refused, then closed, with its letter’s delivery', async () => {
    let current = await approvedCase(team, 'decline');
    expect(current.outcome).toBe('refuse');
    const lookup = await team.supervisor.post(`/api/cases/${current.id}/lookup`, {
      version: current.version,
    });
    expect(errorOf(lookup).code).toBe('invalid_transition');
    current = await step(team.supervisor, 'case.recordRefusal', current, {
      delivery: delivery('2026-03-02T09:00:00Z', { channel: 'email' }),
    });
    expect(current.status).toBe('refused');
    expect(current.disclosureProgress?.delivery).toMatchObject({
      kind: 'refusal',
      channel: 'email',
    });
    current = await step(team.supervisor, 'case.close', current);
    expect(current.status).toBe('closed');
  });
});
