import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DocumentDatabase,
  keepDocument,
  readKeptDocument,
  sha256Hex,
  wipeDocuments,
} from './document-cache';

let database: DocumentDatabase;
let counter = 0;

beforeEach(() => {
  database = new DocumentDatabase(`documents-${++counter}`);
});

afterEach(async () => {
  await database.delete();
});

const file = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

async function entry(caseId: string, text: string) {
  const bytes = file(text);
  return { caseId, sha256: await sha256Hex(bytes), bytes };
}

describe('documents kept for reading offline', () => {
  it('reads back a kept file by case and digest, and only for that case', async () => {
    const order = await entry('case-1', '%PDF-1.7 the order');
    expect(await keepDocument(database, order)).toBe(true);
    expect(await readKeptDocument(database, 'case-1', order.sha256)).toEqual(order.bytes);
    expect(await readKeptDocument(database, 'case-1', order.sha256.toUpperCase())).toEqual(
      order.bytes,
    );
    expect(await readKeptDocument(database, 'case-2', order.sha256)).toBeNull();
  });

  it('does not keep a file whose bytes are not the ones the case states', async () => {
    const order = await entry('case-1', '%PDF-1.7 the order');
    const other = file('%PDF-1.7 something else');
    expect(await keepDocument(database, { ...order, bytes: other })).toBe(false);
    expect(await database.files.count()).toBe(0);
  });

  it('drops a copy damaged on disk instead of showing it', async () => {
    const order = await entry('case-1', '%PDF-1.7 the order');
    await keepDocument(database, order);
    await database.files.update(['case-1', order.sha256], { bytes: file('%PDF-1.7 altered') });
    expect(await readKeptDocument(database, 'case-1', order.sha256)).toBeNull();
    expect(await database.files.count()).toBe(0);
  });

  it('stays within its size by dropping the least recently opened files', async () => {
    const a = await entry('case-a', 'a'.repeat(40));
    const b = await entry('case-b', 'b'.repeat(40));
    const c = await entry('case-c', 'c'.repeat(40));
    const limit = 100;
    await keepDocument(database, a, 1_000, limit);
    await keepDocument(database, b, 2_000, limit);
    // Opening the first again makes the second the least recently opened.
    expect(await readKeptDocument(database, 'case-a', a.sha256, 3_000)).not.toBeNull();
    await keepDocument(database, c, 4_000, limit);
    expect(await readKeptDocument(database, 'case-b', b.sha256)).toBeNull();
    expect(await readKeptDocument(database, 'case-a', a.sha256)).not.toBeNull();
    expect(await readKeptDocument(database, 'case-c', c.sha256)).not.toBeNull();
    // A file larger than the whole cache is not kept, and pushes nothing out.
    expect(await keepDocument(database, await entry('case-d', 'd'.repeat(101)), 5_000, limit)).toBe(
      false,
    );
    expect(await database.files.count()).toBe(2);
  });

  it('is emptied by a wipe and can be used again afterwards', async () => {
    const order = await entry('case-1', '%PDF-1.7 the order');
    await keepDocument(database, order);
    await wipeDocuments(database);
    expect(await readKeptDocument(database, 'case-1', order.sha256)).toBeNull();
    await keepDocument(database, order);
    expect(await database.files.count()).toBe(1);
  });
});
