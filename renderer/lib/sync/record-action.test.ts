import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskDatabase } from '../db';
import { recordAction } from './record-action';
import { currentSyncStatus, resetSyncStatus } from './sync-status';
import { freshDatabases } from '../testing/fresh-databases';

const CASE_ID = '3f2b1c5e-8f6a-4c1d-9e2b-7a6d5c4b3a21';

const freshDatabase = freshDatabases('record-action-test');
afterEach(() => resetSyncStatus());

function diskFullOnce(database: DeskDatabase) {
  return vi
    .spyOn(database.outbox, 'add')
    .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
}

describe('recordAction', () => {
  it('warns the user when the action could not be stored', async () => {
    const database = freshDatabase();
    const add = diskFullOnce(database);
    const result = await recordAction(database, {
      name: 'case.startReview',
      args: { caseId: CASE_ID, version: 1 },
    });
    add.mockRestore();
    expect(result.ok).toBe(false);
    expect(currentSyncStatus().storageFailure).toMatchObject({ kind: 'quota' });
    expect(await database.outbox.count()).toBe(0);
  });

  it('clears the warning once an action is stored again, after space was freed', async () => {
    const database = freshDatabase();
    const add = diskFullOnce(database);
    await recordAction(database, {
      name: 'case.startReview',
      args: { caseId: CASE_ID, version: 1 },
    });
    add.mockRestore();
    const retried = await recordAction(database, {
      name: 'case.startReview',
      args: { caseId: CASE_ID, version: 1 },
    });
    expect(retried).toEqual({ ok: true, seq: 1 });
    expect(currentSyncStatus().storageFailure).toBeNull();
  });
});
