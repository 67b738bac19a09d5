import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { CaseDetail } from '../../../shared/case-record';
import type { PushRequest, PushResponse } from '../../../shared/sync';
import { OfflineError } from '../api-errors';
import type { DeskDatabase } from '../db';
import { keepNewerServerCopy } from '../keep-newer-server-copy';
import { loadCase } from '../cases/case-detail-query';
import { caseDetail } from '../testing/case-fixtures';
import { enqueueMutation } from './enqueue';
import type { LocalUser } from './local-effects';
import { pushOutbox } from './push';
import { freshDatabases } from '../testing/fresh-databases';

const CASE_ID = '3f2b1c5e-8f6a-4c1d-9e2b-7a6d5c4b3a21';
const USER: LocalUser = { id: 'u-1', displayName: 'Rita Reviewer', role: 'reviewer' };
const NOW = new Date('2026-11-20T10:00:00Z');

function detail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return caseDetail({ id: CASE_ID, ...overrides });
}

const freshDatabase = freshDatabases('outbox-test');

const noFetch = () => Promise.reject(new OfflineError());

describe('the outbox', () => {
  it('numbers actions in order and shows their effect on top of the server copy', async () => {
    const database = freshDatabase();
    await keepNewerServerCopy(database, detail(), NOW);
    const first = await enqueueMutation(database, {
      name: 'case.startReview',
      args: { caseId: CASE_ID, version: 1 },
    });
    const second = await enqueueMutation(database, {
      name: 'case.requestInformation',
      args: { caseId: CASE_ID, version: 2, comment: 'Which account?' },
    });
    expect([first, second]).toEqual([
      { ok: true, seq: 1 },
      { ok: true, seq: 2 },
    ]);
    const loaded = await loadCase(database, CASE_ID, noFetch, USER);
    expect(loaded.detail).toMatchObject({
      status: 'awaiting_information',
      version: 3,
      assigneeName: 'Rita Reviewer',
    });
    expect(loaded.pending.map((m) => m.seq)).toEqual([1, 2]);
    // The server copy itself is untouched: dropping the actions is the rollback.
    expect((await database.details.get(CASE_ID))?.detail.status).toBe('received');
  });

  it('survives the app being killed: a new connection finds every queued action', async () => {
    const before = freshDatabase();
    for (let version = 1; version <= 3; version++) {
      await enqueueMutation(before, {
        name: 'case.startReview',
        args: { caseId: CASE_ID, version },
      });
    }
    before.close();
    const after = freshDatabase(before);
    expect((await after.outbox.orderBy('seq').toArray()).map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(
      await enqueueMutation(after, { name: 'case.close', args: { caseId: CASE_ID, version: 1 } }),
    ).toEqual({ ok: true, seq: 4 });
  });

  it('tells the user when storage is full and keeps what was already queued', async () => {
    const database = freshDatabase();
    await enqueueMutation(database, {
      name: 'case.startReview',
      args: { caseId: CASE_ID, version: 1 },
    });
    const add = vi
      .spyOn(database.outbox, 'add')
      .mockRejectedValueOnce(
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      );
    const result = await enqueueMutation(database, {
      name: 'case.resumeReview',
      args: { caseId: CASE_ID, version: 2 },
    });
    add.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(result.ok === false && result.error.message).toContain('run out of storage space');
    expect((await database.outbox.toArray()).map((m) => m.seq)).toEqual([1]);
    expect((await database.meta.get('nextSeq'))?.value).toBe('2');
  });
});

describe('pushOutbox', () => {
  async function queued(database: DeskDatabase) {
    await keepNewerServerCopy(database, detail(), NOW);
    await enqueueMutation(database, {
      name: 'case.startReview',
      args: { caseId: CASE_ID, version: 1 },
    });
    await enqueueMutation(database, {
      name: 'case.requestInformation',
      args: { caseId: CASE_ID, version: 2, comment: 'Which account?' },
    });
  }

  it('keeps every action when the server goes away mid-push, and sends them again', async () => {
    const database = freshDatabase();
    await queued(database);
    const send = vi
      .fn<(r: PushRequest) => Promise<PushResponse>>()
      .mockRejectedValue(new OfflineError());
    await expect(pushOutbox(database, send, USER)).rejects.toThrow(OfflineError);
    expect(await database.outbox.count()).toBe(2);

    const again = vi.fn<(r: PushRequest) => Promise<PushResponse>>().mockResolvedValue({
      acks: [
        { seq: 1, status: 'applied', replayed: true, caseId: CASE_ID, case: null },
        { seq: 2, status: 'applied', replayed: false, caseId: CASE_ID, case: null },
      ],
      blocked: null,
    });
    const result = await pushOutbox(database, again, USER);
    // The same client id and the same seqs: the server can tell a replay from a new action.
    expect(again.mock.calls[0]?.[0].clientId).toBe(send.mock.calls[0]?.[0].clientId);
    expect(again.mock.calls[0]?.[0].mutations.map((m) => m.seq)).toEqual([1, 2]);
    expect(result).toMatchObject({ applied: 2, refused: 0, blocked: null });
    expect(await database.outbox.count()).toBe(0);
  });

  it('rolls a refused action back, keeps it with both versions, and goes on', async () => {
    const database = freshDatabase();
    await queued(database);
    const theirs = detail({ status: 'in_review', version: 2, assigneeName: 'Remy Reviewer' });
    const result = await pushOutbox(
      database,
      async () => ({
        acks: [
          {
            seq: 1,
            status: 'refused',
            replayed: false,
            caseId: CASE_ID,
            error: { code: 'stale_version', message: 'This case has changed since you opened it.' },
          },
          {
            seq: 2,
            status: 'refused',
            replayed: false,
            caseId: CASE_ID,
            error: { code: 'stale_version', message: 'This case has changed since you opened it.' },
          },
        ],
        blocked: null,
      }),
      USER,
      () => NOW,
    );
    expect(result).toMatchObject({ applied: 0, refused: 2, changedCaseIds: [CASE_ID] });
    const [refused] = await database.refused.toArray();
    expect(refused).toMatchObject({
      seq: 1,
      name: 'case.startReview',
      error: { code: 'stale_version' },
      serverCase: { status: 'received' },
      localCase: { status: 'in_review', assigneeName: 'Rita Reviewer' },
    });
    await keepNewerServerCopy(database, theirs, NOW);
    const loaded = await loadCase(database, CASE_ID, noFetch, USER);
    expect(loaded.detail).toMatchObject({ status: 'in_review', assigneeName: 'Remy Reviewer' });
    expect(loaded.pending).toEqual([]);
  });

  it('keeps a newer copy another tab stored over the older one an accepted action carries', async () => {
    const database = freshDatabase();
    await queued(database);
    const newer = detail({ status: 'in_review', version: 4, assigneeName: 'Remy Reviewer' });
    await keepNewerServerCopy(database, newer, NOW);
    await pushOutbox(
      database,
      async () => ({
        acks: [
          {
            seq: 1,
            status: 'applied',
            replayed: false,
            caseId: CASE_ID,
            case: detail({ status: 'in_review', version: 2, assigneeName: 'Rita Reviewer' }),
          },
        ],
        blocked: {
          seq: 2,
          error: { code: 'reauth_required', message: 'Enter your password again.' },
        },
      }),
      USER,
      () => NOW,
    );
    expect((await database.details.get(CASE_ID))?.detail).toEqual(newer);
    expect(await database.summaries.get(CASE_ID)).toMatchObject({
      version: 4,
      assigneeName: 'Remy Reviewer',
    });
  });

  it('keeps the case an acceptance carries when the other tab took the seqs out first', async () => {
    const database = freshDatabase();
    await queued(database);
    // Two tabs without a shared lock send the same seqs at once. The service applies one
    // delivery and tells the other it was a replay, without the case; here the replay's
    // answer is recorded first.
    let sentByFirstTab = () => {};
    const firstTabSent = new Promise<void>((resolve) => (sentByFirstTab = resolve));
    let answerFirstTab = () => {};
    const firstTabAnswer = new Promise<void>((resolve) => (answerFirstTab = resolve));
    const accepted = detail({
      status: 'awaiting_information',
      version: 3,
      assigneeName: 'Rita Reviewer',
    });
    const firstTab = pushOutbox(
      database,
      async () => {
        sentByFirstTab();
        await firstTabAnswer;
        return {
          acks: [
            { seq: 1, status: 'applied', replayed: false, caseId: CASE_ID, case: accepted },
            { seq: 2, status: 'applied', replayed: false, caseId: CASE_ID, case: accepted },
          ],
          blocked: null,
        };
      },
      USER,
      () => NOW,
    );
    const secondTab = await pushOutbox(
      database,
      async () => {
        await firstTabSent;
        return {
          acks: [
            { seq: 1, status: 'applied', replayed: true, caseId: CASE_ID, case: null },
            { seq: 2, status: 'applied', replayed: true, caseId: CASE_ID, case: null },
          ],
          blocked: null,
        };
      },
      USER,
      () => NOW,
    );
    expect(secondTab).toMatchObject({ applied: 2, changedCaseIds: [CASE_ID] });
    answerFirstTab();
    // Counted once, by the tab that took them out; but the first tab's screens must read
    // the case again.
    expect(await firstTab).toMatchObject({ applied: 0, changedCaseIds: [CASE_ID] });
    expect(await database.outbox.count()).toBe(0);
    // Offline from here on, the reviewer still sees what the service accepted.
    const loaded = await loadCase(database, CASE_ID, noFetch, USER);
    expect(loaded.detail).toMatchObject({ status: 'awaiting_information', version: 3 });
    expect(loaded.pending).toEqual([]);
  });

  it('stops at a decision awaiting the password and keeps it and what follows', async () => {
    const database = freshDatabase();
    await queued(database);
    const result = await pushOutbox(
      database,
      async () => ({
        acks: [{ seq: 1, status: 'applied', replayed: false, caseId: CASE_ID, case: null }],
        blocked: {
          seq: 2,
          error: { code: 'reauth_required', message: 'Enter your password again.' },
        },
      }),
      USER,
    );
    expect(result.blocked?.error.code).toBe('reauth_required');
    expect((await database.outbox.toArray()).map((m) => m.seq)).toEqual([2]);
    expect(await database.refused.count()).toBe(0);
  });
});
