import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseDetail } from '../../../shared/case-record';
import { LetterLog } from '../../../shared/disclosure/letters';
import { CaseNotifications, DueNotifications } from '../../../shared/disclosure/user-notifications';
import { sha256Hex } from '../../disclosure/build-package';
import {
  completedReview,
  importCase,
  mutate,
  reauthenticate,
  step,
} from '../../testing/case-steps';
import {
  account,
  addAccounts,
  answeredCase,
  approvedCase,
  delivery,
  lookUp,
  signInAgain,
} from '../../testing/disclosure-steps';
import { pdfLines } from '../../testing/pdf-text';
import { sampleOrder } from '../../testing/sample-order';
import { createTestApp, setUpTeam, type Team, type TestApp } from '../../testing/test-app';
import { errorOf, type TestClient } from '../../testing/test-client';

let t: TestApp;
let team: Team;
beforeEach(async () => {
  t = await createTestApp();
  team = await setUpTeam(t);
});
afterEach(() => t.close());

const RFI_LETTER = { channel: 'email', recipient: 'Greffe du juge d’instruction' };

async function letterLog(client: TestClient, caseId: string) {
  const response = await client.get(`/api/cases/${caseId}/letters`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return LetterLog.parse(response.body).letters;
}

async function notifications(client: TestClient, caseId: string) {
  const response = await client.get(`/api/cases/${caseId}/notifications`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return CaseNotifications.parse(response.body);
}

async function rowCount(table: string): Promise<number> {
  const [row] = await t.database.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
}

describe('requests for information', () => {
  it('writes the request as a letter in any script, logs it as sent with its hash, and awaits the answer', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    const comment = 'Précisez l’identité de «Иван Петров» (Ελένη Καρρά, Łukasz Żółć, محمد).';
    current = await step(team.reviewer, 'case.requestInformation', current, {
      comment,
      letter: RFI_LETTER,
    });
    expect(current.status).toBe('awaiting_information');

    const [sent, ...others] = await letterLog(team.auditor, current.id);
    expect(others).toEqual([]);
    expect(sent).toMatchObject({
      kind: 'request_for_information',
      language: 'fr',
      channel: 'email',
      recipient: 'Greffe du juge d’instruction',
      sentByName: 'Rita Reviewer',
      sentAt: t.clock.now().toISOString(),
      lateReason: null,
    });
    const file = await team.reviewer.get(`/api/cases/${current.id}/letters/${sent?.letterId}`);
    expect(file.status).toBe(200);
    expect(sha256Hex(file.bytes)).toBe(sent?.sha256);

    // Every script prints as written: no "?" and no missing glyph in place of a letter.
    const lines = await pdfLines(file.bytes);
    expect(lines.join(' ')).toContain(
      'Demande d’informations sur votre réquisition PR-PARIS-2026-004417',
    );
    expect(lines.join('\n')).toContain('Иван Петров');
    expect(lines.join(' ')).toContain('Ελένη Καρρά, Łukasz Żółć, محمد');
    expect(lines.join('')).not.toMatch(/[?\uFFFD]/);

    const [event] = await t.database.db.query<{ details: { letter: { sha256: string } } }>(
      `SELECT details FROM audit_events WHERE case_id = $1 AND action = 'case.requestInformation'`,
      [current.id],
    );
    expect(event?.details.letter.sha256).toBe(sent?.sha256);
  });

  it('names the checks that fail or need review, with the reviewer’s note', async () => {
    let current = await importCase(
      team.reviewer,
      sampleOrder({ authority: { ...sampleOrder().authority, country: 'GB' } }),
    );
    current = await step(team.reviewer, 'case.startReview', current);
    const review = completedReview(current, 'disclose');
    review.checks.suspect = {
      result: 'needs_review',
      note: 'The order calls @fastcash_invest a contact.',
    };
    current = await step(team.reviewer, 'case.saveReview', current, { review });
    current = await step(team.reviewer, 'case.requestInformation', current, {
      comment: 'Confirm the status of each person named.',
      letter: RFI_LETTER,
    });
    const [sent] = await letterLog(team.reviewer, current.id);
    const file = await team.reviewer.get(`/api/cases/${current.id}/letters/${sent?.letterId}`);
    const text = (await pdfLines(file.bytes)).join('\n');
    expect(sent?.language).toBe('en');
    expect(text).toContain(
      'Suspect status of the persons named: The order calls @fastcash_invest a contact.',
    );
    expect(text).toContain('Confirm the status of each person named.');
    expect(text).not.toContain('The legal instrument');
  });

  it('refuses a bad letter with the field named, and keeps nothing', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    for (const [letter, path] of [
      [{ ...RFI_LETTER, channel: 'fax' }, 'args.letter.channel'],
      [{ ...RFI_LETTER, recipient: '  ' }, 'args.letter.recipient'],
      [{ ...RFI_LETTER, sentBy: 'someone else' }, 'args.letter'],
    ] as const) {
      const bad = await mutate(team.reviewer, 'case.requestInformation', current, {
        comment: 'What is missing.',
        letter,
      });
      expect(bad.status).toBe(400);
      expect(errorOf(bad).paths).toContain(path);
    }
    // An auditor may read the case but not write to the authority.
    const byAuditor = await mutate(team.auditor, 'case.requestInformation', current, {
      comment: 'What is missing.',
      letter: RFI_LETTER,
    });
    expect(errorOf(byAuditor).code).toBe('forbidden');
    expect(await rowCount('case_letters')).toBe(0);
    expect(await rowCount('letters_sent')).toBe(0);
    const after = CaseDetail.parse((await team.reviewer.get(`/api/cases/${current.id}`)).body);
    expect(after.version).toBe(current.version);
    expect(after.status).toBe('in_review');
  });
});

describe('a request for information pushed from a workstation’s outbox', () => {
  it('is written once, however often the outbox sends it', async () => {
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    const clientId = crypto.randomUUID();
    const queued = {
      seq: 1,
      name: 'case.requestInformation',
      args: {
        caseId: current.id,
        version: current.version,
        comment: 'Which account is meant?',
        letter: RFI_LETTER,
      },
    };
    for (let attempt = 0; attempt < 2; attempt++) {
      const pushed = await team.reviewer.post('/api/sync/push', {
        clientId,
        mutations: [queued],
      });
      expect(pushed.status, JSON.stringify(pushed.body)).toBe(200);
    }
    const letters = await letterLog(team.reviewer, current.id);
    expect(letters.map((l) => l.kind)).toEqual(['request_for_information']);
    expect(await rowCount('case_letters')).toBe(1);
  });
});

describe('the log of letters sent', () => {
  it('lists the request, then the response, each with the hash of the PDF that went out', async () => {
    await addAccounts(t.database.db, [
      account('acc-fastcash', { username: '@fastcash_invest', phoneNumber: '+33612345678' }),
    ]);
    let current = await importCase(team.reviewer);
    current = await step(team.reviewer, 'case.startReview', current);
    current = await step(team.reviewer, 'case.requestInformation', current, {
      comment: 'Send the signed order.',
      letter: RFI_LETTER,
    });
    t.clock.advanceMinutes(10);
    current = await step(team.reviewer, 'case.resumeReview', current);
    current = await step(team.reviewer, 'case.saveReview', current, {
      review: completedReview(current, 'disclose'),
    });
    await reauthenticate(team.reviewer);
    current = await step(team.reviewer, 'case.signOff', current);
    await reauthenticate(team.supervisor);
    current = await step(team.supervisor, 'case.approve', current);
    current = await lookUp(team.supervisor, current);
    current = await step(team.supervisor, 'case.recordDisclosure', current, {
      delivery: delivery('2026-03-02T09:10:00Z'),
    });
    const letters = await letterLog(team.reviewer, current.id);
    // The order asks for message content too, which is never disclosed: a partial answer.
    expect(letters.map((l) => l.kind)).toEqual(['request_for_information', 'partial_response']);
    expect(letters[1]).toMatchObject({
      channel: 'portal',
      sentAt: '2026-03-02T09:10:00.000Z',
      sentByName: 'Sam Supervisor',
      sha256: current.disclosureProgress?.package?.letterSha256,
      letterId: null,
    });
  });

  it('logs a refusal with the hash of its letter', async () => {
    let current = await approvedCase(team, 'decline');
    current = await step(team.supervisor, 'case.recordRefusal', current, {
      delivery: delivery('2026-03-02T09:00:00Z', { channel: 'post' }),
    });
    const [sent] = await letterLog(team.reviewer, current.id);
    expect(sent).toMatchObject({ kind: 'refusal', channel: 'post', language: 'en' });
    const file = await team.reviewer.get(`/api/cases/${current.id}/letters/${sent?.letterId}`);
    expect(sha256Hex(file.bytes)).toBe(sent?.sha256);
  });

  it('answers 404 for an unknown case and 400 for a malformed id', async () => {
    const unknown = await team.reviewer.get(`/api/cases/${crypto.randomUUID()}/letters`);
    expect(errorOf(unknown).code).toBe('not_found');
    const malformed = await team.reviewer.get('/api/cases/nope/letters');
    expect(errorOf(malformed)).toMatchObject({ code: 'validation', paths: ['caseId'] });
  });
});

describe('a refusal on the e-Evidence route, within the order’s deadline', () => {
  const epoc = () =>
    sampleOrder({
      route: 'e_evidence',
      instrument: 'european_production_order',
      channel: 'e_evidence_system',
    });

  it('is recorded after the deadline only with the reason it is late, which the letter states', async () => {
    let current = await approvedCase(team, 'decline', epoc());
    const dueAt = Date.parse(current.dueAt);
    const late = new Date(dueAt + 3_600_000).toISOString();
    t.clock.set(new Date(dueAt + 7_200_000).toISOString());
    await signInAgain(team);
    const unexplained = await mutate(team.supervisor, 'case.recordRefusal', current, {
      delivery: delivery(late, { channel: 'e_evidence_system' }),
    });
    expect(errorOf(unexplained)).toMatchObject({ code: 'validation', paths: ['args.lateReason'] });
    expect(errorOf(unexplained).message).toContain(new Date(dueAt).toISOString());
    expect(await rowCount('case_letters')).toBe(0);

    const reason = 'The certificate reached us through the wrong channel.';
    current = await step(team.supervisor, 'case.recordRefusal', current, {
      delivery: delivery(late, { channel: 'e_evidence_system' }),
      lateReason: reason,
    });
    expect(current.status).toBe('refused');
    const [sent] = await letterLog(team.reviewer, current.id);
    expect(sent).toMatchObject({ kind: 'refusal', lateReason: reason, sentAt: late });
    const file = await team.reviewer.get(`/api/cases/${current.id}/letters/${sent?.letterId}`);
    const text = (await pdfLines(file.bytes)).join(' ');
    expect(text).toContain('Annex III');
    expect(text).toContain(reason);
  });

  it('asks the same of a late partial answer, and nothing of a late full one elsewhere', async () => {
    // The order asks for message content too, which is declined: a partial answer.
    let current = await approvedCase(team, 'disclose', epoc());
    expect(current.outcome).toBe('partial');
    current = await lookUp(team.supervisor, current);
    const late = new Date(Date.parse(current.dueAt) + 60_000).toISOString();
    t.clock.set(new Date(Date.parse(current.dueAt) + 120_000).toISOString());
    await signInAgain(team);
    const unexplained = await mutate(team.supervisor, 'case.recordDisclosure', current, {
      delivery: delivery(late, { channel: 'e_evidence_system' }),
    });
    expect(errorOf(unexplained)).toMatchObject({ code: 'validation', paths: ['args.lateReason'] });
    expect(await rowCount('letters_sent')).toBe(0);
    current = await step(team.supervisor, 'case.recordDisclosure', current, {
      delivery: delivery(late, { channel: 'e_evidence_system' }),
      lateReason: 'The directory was unavailable for two days.',
    });
    const [sent] = await letterLog(team.reviewer, current.id);
    expect(sent).toMatchObject({
      kind: 'partial_response',
      lateReason: 'The directory was unavailable for two days.',
    });
  });

  it('takes no late reason for an answer on time, nor on another route', async () => {
    const current = await approvedCase(team, 'decline', epoc());
    const onTime = await mutate(team.supervisor, 'case.recordRefusal', current, {
      delivery: delivery(t.clock.now().toISOString()),
      lateReason: 'Nothing to explain.',
    });
    expect(errorOf(onTime)).toMatchObject({ code: 'validation', paths: ['args.lateReason'] });
    const domestic = await approvedCase(team, 'decline', sampleOrder({ reference: 'DOM-1' }));
    t.clock.set(new Date(Date.parse(domestic.dueAt) + 3_600_000).toISOString());
    await signInAgain(team);
    const lateDomestic = await step(team.supervisor, 'case.recordRefusal', domestic, {
      delivery: delivery(t.clock.now().toISOString()),
    });
    expect(lateDomestic.status).toBe('refused');
  });
});

describe('notification of affected users under a non-disclosure term', () => {
  const gagged = (until?: string) =>
    sampleOrder({
      nonDisclosure: {
        prohibited: true,
        ...(until ? { until } : {}),
        terms: 'Do not inform the account holders.',
      },
    });
  const notify = (client: TestClient, caseId: string, body: unknown) =>
    client.post(`/api/cases/${caseId}/notifications`, body);

  it('is prohibited until the term ends, then due, then sent; each step from the dates', async () => {
    const current = await importCase(team.reviewer, gagged('2026-06-30'));
    let states = await notifications(team.reviewer, current.id);
    expect(states.term).toEqual({
      until: '2026-06-30',
      terms: 'Do not inform the account holders.',
    });
    expect(states.targets.map((s) => [s.target, s.state])).toEqual([
      ['username:@fastcash_invest', 'prohibited'],
      ['user_id:5012345678', 'prohibited'],
    ]);
    expect(states.targets[0]).toMatchObject({
      prohibitedUntil: '2026-06-30',
      dueFrom: '2026-07-01T00:00:00.000Z',
      sentAt: null,
    });
    const early = await notify(team.reviewer, current.id, {
      target: 'username:@fastcash_invest',
      sentAt: t.clock.now().toISOString(),
    });
    expect(errorOf(early).code).toBe('invalid_transition');
    expect(errorOf(early).message).toContain('2026-06-30');
    expect(
      DueNotifications.parse((await team.reviewer.get('/api/notifications/due')).body).due,
    ).toEqual([]);

    t.clock.set('2026-06-30T23:59:00Z');
    await signInAgain(team);
    states = await notifications(team.reviewer, current.id);
    expect(states.targets.every((s) => s.state === 'prohibited')).toBe(true);

    t.clock.set('2026-07-01T08:00:00Z');
    await signInAgain(team);
    states = await notifications(team.reviewer, current.id);
    expect(states.targets.every((s) => s.state === 'due')).toBe(true);
    const due = DueNotifications.parse((await team.supervisor.get('/api/notifications/due')).body);
    expect(due.due.map((d) => [d.caseId, d.label])).toEqual([
      [current.id, '@fastcash_invest'],
      [current.id, '5012345678'],
    ]);
    expect(due).toMatchObject({ cases: 1, users: 2 });

    const sentResponse = await notify(team.reviewer, current.id, {
      target: 'username:@fastcash_invest',
      sentAt: '2026-07-01T07:30:00Z',
    });
    expect(sentResponse.status, JSON.stringify(sentResponse.body)).toBe(200);
    states = CaseNotifications.parse(sentResponse.body);
    expect(states.targets[0]).toMatchObject({
      state: 'sent',
      sentAt: '2026-07-01T07:30:00.000Z',
      recordedByName: 'Rita Reviewer',
    });
    expect(states.targets[1]?.state).toBe('due');
    const again = await notify(team.reviewer2, current.id, {
      target: 'username:@fastcash_invest',
      sentAt: '2026-07-01T07:45:00Z',
    });
    expect(errorOf(again).code).toBe('invalid_transition');
    const remaining = DueNotifications.parse(
      (await team.reviewer.get('/api/notifications/due')).body,
    );
    expect(remaining.due.map((d) => d.target)).toEqual(['user_id:5012345678']);
    const events = await t.database.db.query<{ actor: string; details: { target: string } }>(
      `SELECT actor, details FROM audit_events WHERE action = 'notification.recordSent'`,
    );
    expect(events).toEqual([
      expect.objectContaining({
        actor: 'reviewer',
        details: expect.objectContaining({ target: 'username:@fastcash_invest' }),
      }),
    ]);
  });

  it('is due from the disclosure when the order names no term, beside gagged cases', async () => {
    await addAccounts(t.database.db, [
      account('acc-fastcash', { username: '@fastcash_invest', phoneNumber: '+33612345678' }),
    ]);
    const disclosedAt = t.clock.now().toISOString();
    const disclosed = await answeredCase(t, team, sampleOrder({ reference: 'OPEN-1' }));
    const ended = await importCase(team.reviewer, gagged('2026-01-31'));
    await importCase(team.reviewer, { ...gagged(), reference: 'GAG-OPEN' });
    const due = DueNotifications.parse((await team.reviewer.get('/api/notifications/due')).body);
    expect(due.due.map((d) => [d.reference, d.label, d.dueFrom])).toEqual([
      [ended.reference, '@fastcash_invest', '2026-02-01T00:00:00.000Z'],
      [ended.reference, '5012345678', '2026-02-01T00:00:00.000Z'],
      ['OPEN-1', '@fastcash_invest', disclosedAt],
      ['OPEN-1', '5012345678', disclosedAt],
    ]);
    expect(due).toMatchObject({ cases: 2, users: 4 });
    expect(disclosed.status).toBe('disclosed');
  });

  it('counts every case due and lists those due longest, as many as asked', async () => {
    const ends = ['2026-01-31', '2026-01-10', '2026-01-20'];
    const [latest, oldest, middle] = await Promise.all(
      ends.map((until, i) =>
        importCase(team.reviewer, { ...gagged(until), reference: `GAG-${i}` }),
      ),
    );
    await importCase(team.reviewer, { ...gagged('2099-12-31'), reference: 'GAG-LATER' });
    const list = async (query = '') => {
      const response = await team.reviewer.get(`/api/notifications/due${query}`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return DueNotifications.parse(response.body);
    };
    const listed = (due: DueNotifications) => [...new Set(due.due.map((d) => d.reference))];
    let due = await list('?limit=2');
    expect(listed(due)).toEqual([oldest?.reference, middle?.reference]);
    expect(due).toMatchObject({ cases: 3, users: 6 });
    expect(listed(await list())).toEqual([oldest, middle, latest].map((c) => c?.reference));

    // One target told: one user fewer, the case still listed for the other.
    const first = await notify(team.reviewer, oldest!.id, {
      target: 'username:@fastcash_invest',
      sentAt: t.clock.now().toISOString(),
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    due = await list('?limit=1');
    expect(due).toMatchObject({ cases: 3, users: 5 });
    expect(due.due.map((d) => [d.reference, d.target])).toEqual([
      [oldest?.reference, 'user_id:5012345678'],
    ]);
    // Both told: the case leaves the list and the count.
    await notify(team.reviewer, oldest!.id, {
      target: 'user_id:5012345678',
      sentAt: t.clock.now().toISOString(),
    });
    due = await list('?limit=1');
    expect(due).toMatchObject({ cases: 2, users: 4 });
    expect(listed(due)).toEqual([middle?.reference]);
    // What the list says of a case is what the case's own page says.
    for (const d of (await list()).due) {
      const states = await notifications(team.reviewer, d.caseId);
      expect(states.targets.find((s) => s.target === d.target)).toMatchObject({
        state: 'due',
        dueFrom: d.dueFrom,
      });
    }
  });

  it('gives the list and its counts only to the roles that handle cases', async () => {
    await importCase(team.reviewer, gagged('2026-01-31'));
    for (const client of [team.admin, team.auditor]) {
      const response = await client.get('/api/notifications/due');
      expect(response.status).toBe(403);
      expect(JSON.stringify(response.body)).not.toContain('users');
    }
    await team.reviewer.delete('/api/session');
    expect((await team.reviewer.get('/api/notifications/due')).status).toBe(401);
  });

  it('refuses a list of no cases, too many or not a number, naming the limit', async () => {
    for (const limit of ['0', '1001', 'all', '2.5', '-1']) {
      const response = await team.reviewer.get(`/api/notifications/due?limit=${limit}`);
      expect(response.status, limit).toBe(400);
      expect(errorOf(response)).toMatchObject({ code: 'validation', paths: ['limit'] });
    }
  });

  it('stays prohibited while the term names no end', async () => {
    const current = await importCase(team.reviewer, gagged());
    t.clock.set('2030-01-01T00:00:00Z');
    await signInAgain(team);
    const states = await notifications(team.reviewer, current.id);
    expect(states.targets.map((s) => [s.state, s.dueFrom])).toEqual([
      ['prohibited', null],
      ['prohibited', null],
    ]);
  });

  it('refuses hostile and malformed records, naming the field, and writes nothing', async () => {
    const current = await importCase(team.reviewer, gagged('2026-03-01'));
    const other = await importCase(
      team.reviewer,
      sampleOrder({
        reference: 'OTHER-1',
        targets: [{ identifier: { kind: 'username', value: '@someone_else' }, status: 'suspect' }],
      }),
    );
    const now = t.clock.now().toISOString();
    const cases: [TestClient, string, unknown, string, string[]][] = [
      [
        team.reviewer,
        current.id,
        { target: 'username:@someone_else', sentAt: now },
        'validation',
        ['target'],
      ],
      [
        team.reviewer,
        other.id,
        { target: 'username:@someone_else', sentAt: now },
        'validation',
        ['target'],
      ],
      [
        team.reviewer,
        current.id,
        { target: 'username:@fastcash_invest', sentAt: 'soon' },
        'validation',
        ['sentAt'],
      ],
      [
        team.reviewer,
        current.id,
        { target: 'username:@fastcash_invest', sentAt: '2026-02-01T00:00:00Z' },
        'validation',
        ['sentAt'],
      ],
      [
        team.reviewer,
        current.id,
        { target: 'username:@fastcash_invest', sentAt: '2031-01-01T00:00:00Z' },
        'validation',
        ['sentAt'],
      ],
      [
        team.reviewer,
        current.id,
        { target: 'username:@fastcash_invest', sentAt: now, by: 'x' },
        'validation',
        ['(root)'],
      ],
      [
        team.auditor,
        current.id,
        { target: 'username:@fastcash_invest', sentAt: now },
        'forbidden',
        [],
      ],
      [
        team.admin,
        current.id,
        { target: 'username:@fastcash_invest', sentAt: now },
        'forbidden',
        [],
      ],
      [
        team.reviewer,
        crypto.randomUUID(),
        { target: 'username:@fastcash_invest', sentAt: now },
        'not_found',
        [],
      ],
    ];
    for (const [client, caseId, body, code, paths] of cases) {
      const response = await notify(client, caseId, body);
      expect(errorOf(response).code, JSON.stringify(body)).toBe(code);
      if (paths.length > 0) expect(errorOf(response).paths).toEqual(paths);
    }
    expect(await rowCount('user_notifications')).toBe(0);
    const [events] = await t.database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'notification.recordSent'`,
    );
    expect(events?.n).toBe(0);
  });
});
