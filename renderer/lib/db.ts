import Dexie, { type EntityTable } from 'dexie';
import type { CaseDetail, CaseSummary } from '../../shared/case-record';
import type { PolicyRecord } from '../../shared/policy-record';
import type { QueuedMutation, RefusedAction } from './sync/outbox-records';

/** A case detail as last fetched, with the time it was fetched for the offline notice. */
export interface StoredCaseDetail {
  id: string;
  detail: CaseDetail;
  storedAt: string;
}

/** The policy in force, kept so the engine judges cases offline too. */
export interface StoredPolicy {
  key: 'current';
  record: PolicyRecord;
  storedAt: string;
}

/**
 * `ownerId`: the user whose cases the mirror holds. `clientId`: this outbox's identity at the
 * server; `nextSeq`: the seq the next queued action takes; `lastSyncAt`: when a sync last
 * reached the server; `session`: the owner's sign-in, to reopen the app without the network.
 */
export type MetaKey =
  'cursor' | 'databaseId' | 'ownerId' | 'clientId' | 'nextSeq' | 'lastSyncAt' | 'session';

export interface MetaEntry {
  key: MetaKey;
  value: string;
}

export const DATABASE_NAME = 'disclosure-desk';

/**
 * The workstation's mirror of the case service. It holds decisions and case metadata only:
 * subscriber data (phone numbers, IP addresses) is never written here.
 */
export class DeskDatabase extends Dexie {
  summaries!: EntityTable<CaseSummary, 'id'>;
  details!: EntityTable<StoredCaseDetail, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  policies!: EntityTable<StoredPolicy, 'key'>;
  /** The user's actions not yet decided by the server, in the order they were taken. */
  outbox!: EntityTable<QueuedMutation, 'seq'>;
  /** Actions the server refused, kept until the user has seen and dismissed them. */
  refused!: EntityTable<RefusedAction, 'seq'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Indexes serve the queue's filters and sorts; a new index means a new version here.
    this.version(1).stores({
      summaries: 'id, status, country, receivedAt, dueAt, reference, authorityName, updatedAt',
      details: 'id, storedAt',
      meta: 'key',
    });
    this.version(2).stores({ policies: 'key' });
    this.version(3).stores({
      outbox: 'seq, caseId',
      refused: 'seq, caseId',
    });
    // The queue's first screen reads the most urgent open cases per status, and its search
    // looks terms up without a scan.
    this.version(4).stores({
      summaries:
        'id, status, country, receivedAt, dueAt, reference, authorityName, updatedAt, [status+dueAt], *searchTerms',
    });
    // Every index is written on every put: a first sync paid for five that nothing reads (the
    // queue filters and sorts in memory). Only the indexes a query uses remain.
    this.version(5).stores({
      summaries: 'id, status, authorityName, [status+dueAt], *searchTerms',
    });
  }
}

export const db = new DeskDatabase();

export async function readMeta(database: DeskDatabase, key: MetaKey): Promise<string | undefined> {
  return (await database.meta.get(key))?.value;
}

/** Removes every cached case from this workstation: run on sign-out. */
export async function wipeDatabase(database: DeskDatabase): Promise<void> {
  await database.delete({ disableAutoOpen: false });
}

/**
 * Makes the mirror belong to this user. Cases one user may see are not necessarily another's,
 * so a workstation shared without signing out starts the next user from an empty mirror.
 */
export function claimMirror(database: DeskDatabase, userId: string): Promise<boolean> {
  return database.transaction(
    'rw',
    [database.summaries, database.details, database.meta, database.outbox, database.refused],
    async () => {
      const owner = (await database.meta.get('ownerId'))?.value;
      if (owner === userId) return false;
      const cleared = owner !== undefined;
      if (cleared) {
        // Another user's queued actions cannot be sent in this user's name; sign-out asks
        // before it leaves any behind.
        await Promise.all([
          database.summaries.clear(),
          database.details.clear(),
          database.meta.clear(),
          database.outbox.clear(),
          database.refused.clear(),
        ]);
      }
      await database.meta.put({ key: 'ownerId', value: userId });
      return cleared;
    },
  );
}

/**
 * A role that handles no cases keeps no copy of them: whatever an earlier sign-in or role left
 * on this workstation is removed. Returns whether there was anything to remove.
 */
export async function releaseMirror(database: DeskDatabase): Promise<boolean> {
  const held = await database.transaction(
    'r',
    [database.summaries, database.details, database.outbox, database.meta],
    async () =>
      (await database.summaries.count()) +
        (await database.details.count()) +
        (await database.outbox.count()) +
        (await database.meta.count()) >
      0,
  );
  if (held) await wipeDatabase(database);
  return held;
}
