import Dexie, { type EntityTable } from 'dexie';
import type { CaseDetail, CaseSummary } from '../../shared/case-record';

/** A case detail as last fetched, with the time it was fetched for the offline notice. */
export interface StoredCaseDetail {
  id: string;
  detail: CaseDetail;
  storedAt: string;
}

export type MetaKey = 'cursor' | 'databaseId';

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

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Indexes serve the queue's filters and sorts; a new index means a new version here.
    this.version(1).stores({
      summaries: 'id, status, country, receivedAt, dueAt, reference, authorityName, updatedAt',
      details: 'id, storedAt',
      meta: 'key',
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

export async function storeCaseDetail(
  database: DeskDatabase,
  detail: CaseDetail,
  storedAt: Date = new Date(),
): Promise<StoredCaseDetail> {
  const record = { id: detail.id, detail, storedAt: storedAt.toISOString() };
  await database.details.put(record);
  return record;
}
