import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/api';
import { claimMirror, DeskDatabase, wipeDatabase } from './db';
import { forgetSession, rememberedSession, rememberSession } from './offline-session';

const NOW = new Date('2026-11-28T09:00:00Z');

const session = (id: string, expiresAt = '2026-11-28T20:00:00Z'): SessionInfo => ({
  user: { id, username: `user-${id}`, displayName: `User ${id}`, role: 'reviewer' },
  expiresAt,
});

let database: DeskDatabase;
let counter = 0;

beforeEach(() => {
  database = new DeskDatabase(`offline-session-${++counter}`);
});

afterEach(async () => {
  await database.delete();
});

describe('the sign-in kept for reopening offline', () => {
  it('is kept beside its owner’s mirror and read back', async () => {
    await claimMirror(database, 'u1');
    await rememberSession(database, session('u1'));
    expect(await rememberedSession(database, NOW)).toEqual(session('u1'));
  });

  it('is not kept for a user whose mirror this is not', async () => {
    await claimMirror(database, 'u1');
    await rememberSession(database, session('u2'));
    expect(await rememberedSession(database, NOW)).toBeNull();
  });

  it('is dropped when the next user claims the mirror', async () => {
    await claimMirror(database, 'u1');
    await rememberSession(database, session('u1'));
    await claimMirror(database, 'u2');
    expect(await rememberedSession(database, NOW)).toBeNull();
  });

  it('does not reopen a session past its absolute end', async () => {
    await claimMirror(database, 'u1');
    await rememberSession(database, session('u1', '2026-11-28T08:59:59Z'));
    expect(await rememberedSession(database, NOW)).toBeNull();
  });

  it('ignores an unreadable or altered record', async () => {
    await claimMirror(database, 'u1');
    await database.meta.put({ key: 'session', value: '{not json' });
    expect(await rememberedSession(database, NOW)).toBeNull();
    await database.meta.put({ key: 'session', value: JSON.stringify({ user: { id: 'u1' } }) });
    expect(await rememberedSession(database, NOW)).toBeNull();
    // Edited to claim another user than the mirror's owner.
    await database.meta.put({ key: 'session', value: JSON.stringify(session('u2')) });
    expect(await rememberedSession(database, NOW)).toBeNull();
  });

  it('is gone once forgotten, and with the sign-out wipe', async () => {
    await claimMirror(database, 'u1');
    await rememberSession(database, session('u1'));
    await forgetSession(database);
    expect(await rememberedSession(database, NOW)).toBeNull();

    await rememberSession(database, session('u1'));
    await wipeDatabase(database);
    expect(await rememberedSession(database, NOW)).toBeNull();
  });
});
