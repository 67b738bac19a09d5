import Dexie, { type Table } from 'dexie';

/**
 * One of the order's files kept on the workstation, so the order can be read offline after a
 * restart. Orders' documents only: subscriber data is never written here either.
 */
export interface CachedDocument {
  caseId: string;
  /** The digest the case service states for the file, hex; checked again on every read. */
  sha256: string;
  bytes: Uint8Array<ArrayBuffer>;
  size: number;
  /** When the file was last opened (ms since the epoch): the least recently opened go first. */
  openedAt: number;
}

export const DOCUMENTS_DATABASE_NAME = 'disclosure-desk-documents';

/** What the workstation keeps at most; a large order still fits, a year of them does not. */
export const DOCUMENT_CACHE_LIMIT_BYTES = 200 * 1024 * 1024;

/**
 * Kept apart from the case mirror: the documents are large and come and go on their own
 * schedule, and the mirror's schema is not touched by them.
 */
export class DocumentDatabase extends Dexie {
  files!: Table<CachedDocument, [string, string]>;

  constructor(name: string = DOCUMENTS_DATABASE_NAME) {
    super(name);
    this.version(1).stores({ files: '[caseId+sha256], caseId, openedAt' });
  }
}

export const documentDb = new DocumentDatabase();

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Keeps the file if it is the one the case states (same digest), then trims the cache to
 * `limit` bytes by dropping the least recently opened files. A file larger than the whole
 * limit is not kept.
 */
export async function keepDocument(
  database: DocumentDatabase,
  entry: { caseId: string; sha256: string; bytes: Uint8Array<ArrayBuffer> },
  now: number = Date.now(),
  limit: number = DOCUMENT_CACHE_LIMIT_BYTES,
): Promise<boolean> {
  const expected = entry.sha256.toLowerCase();
  if (entry.bytes.byteLength > limit) return false;
  if ((await sha256Hex(entry.bytes)) !== expected) return false;
  await database.transaction('rw', database.files, async () => {
    await database.files.put({
      caseId: entry.caseId,
      sha256: expected,
      bytes: entry.bytes,
      size: entry.bytes.byteLength,
      openedAt: now,
    });
    await trimTo(database, limit);
  });
  return true;
}

async function trimTo(database: DocumentDatabase, limit: number): Promise<void> {
  let total = 0;
  const old: [string, string][] = [];
  // Newest first: everything past the limit is older than everything kept.
  await database.files
    .orderBy('openedAt')
    .reverse()
    .each((file) => {
      total += file.size;
      if (total > limit) old.push([file.caseId, file.sha256]);
    });
  if (old.length > 0) await database.files.bulkDelete(old);
}

/**
 * The stored file, only if its bytes still hash to the digest asked for; a damaged copy is
 * dropped. Reading it counts as opening it.
 */
export async function readKeptDocument(
  database: DocumentDatabase,
  caseId: string,
  sha256: string,
  now: number = Date.now(),
): Promise<Uint8Array<ArrayBuffer> | null> {
  const key: [string, string] = [caseId, sha256.toLowerCase()];
  const file = await database.files.get(key);
  if (!file) return null;
  if ((await sha256Hex(file.bytes)) !== file.sha256) {
    await database.files.delete(key);
    return null;
  }
  await database.files.update(key, { openedAt: now });
  return file.bytes;
}

/** Removes every kept document: with the case mirror, at sign-out and whenever it is wiped. */
export async function wipeDocuments(database: DocumentDatabase = documentDb): Promise<void> {
  await database.delete({ disableAutoOpen: false });
}
