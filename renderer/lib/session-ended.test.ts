import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiRequestError } from './api-errors';
import { claimMirror, DeskDatabase, releaseMirror } from './db';
import { DocumentDatabase, keepDocument, sha256Hex } from './documents/document-cache';
import { rememberedSession, rememberSession } from './offline-session';
import { clearEndedSession, endsSession } from './session-ended';
import { summary } from './testing/case-fixtures';

const NOW = new Date('2026-11-28T09:00:00Z');
const SESSION = {
  user: { id: 'u1', username: 'tess', displayName: 'Tess', role: 'reviewer' as const },
  expiresAt: '2026-11-28T20:00:00Z',
};
const timedOut = new ApiRequestError('unauthenticated', 401, 'Sign in to continue.');
const deactivated = new ApiRequestError('account_deactivated', 401, 'Deactivated.');

let database: DeskDatabase;
let counter = 0;

/** A reviewer's workstation: their cases, a queued action, their kept sign-in. */
async function reviewersWorkstation(): Promise<void> {
  await claimMirror(database, 'u1');
  await rememberSession(database, SESSION);
  await database.summaries.put(summary());
  await database.outbox.put({
    seq: 1,
    name: 'case.startReview',
    args: { caseId: 'c-1', version: 1 },
    caseId: 'c-1',
    queuedAt: '2026-11-28T08:00:00Z',
  });
}

beforeEach(() => {
  database = new DeskDatabase(`session-ended-${++counter}`);
});
afterEach(async () => {
  await database.delete();
});

describe('an ended sign-in', () => {
  it('is recognised whatever ended it, and nothing else is', () => {
    expect(endsSession(timedOut)).toBe(true);
    expect(endsSession(deactivated)).toBe(true);
    expect(endsSession(new ApiRequestError('forbidden', 403, 'No.'))).toBe(false);
    expect(endsSession(new Error('network'))).toBe(false);
  });

  it('after a timeout keeps the cases and queued actions for the same person', async () => {
    await reviewersWorkstation();
    await clearEndedSession(database, timedOut);
    expect(await rememberedSession(database, NOW)).toBeNull();
    expect(await database.summaries.count()).toBe(1);
    expect(await database.outbox.count()).toBe(1);
  });

  it('of a deactivated account leaves nothing on the workstation', async () => {
    await reviewersWorkstation();
    const documents = new DocumentDatabase(`session-ended-documents-${counter}`);
    const bytes = new TextEncoder().encode('%PDF-1.7 the order') as Uint8Array<ArrayBuffer>;
    await keepDocument(documents, { caseId: 'c-1', sha256: await sha256Hex(bytes), bytes });
    await clearEndedSession(database, deactivated, documents);
    expect(await documents.files.count()).toBe(0);
    await documents.delete();
    expect(await database.summaries.count()).toBe(0);
    expect(await database.outbox.count()).toBe(0);
    expect(await database.meta.count()).toBe(0);
  });
});

describe('releaseMirror', () => {
  it('removes every case an earlier role left behind', async () => {
    await reviewersWorkstation();
    expect(await releaseMirror(database)).toBe(true);
    expect(await database.summaries.count()).toBe(0);
    expect(await database.outbox.count()).toBe(0);
  });

  it('has nothing to do on a workstation without cases', async () => {
    expect(await releaseMirror(database)).toBe(false);
  });
});
