import { randomUUID } from 'node:crypto';
import { arrayLiteral } from '../storage/array-literal';
import type { Database, Queryable } from '../storage/database';
import { fileSha256 } from './file-digest';

/**
 * How many bytes one short transaction stores or reads. The embedded database runs one
 * statement at a time for the whole process, so a request arriving while a 12 MB file is
 * stored or served waits for one piece at most, not for the whole file.
 */
export const CONTENT_PIECE_BYTES = 128 * 1024;

/** A staged content nothing links after this long was left by an import that never ended. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export interface StagedContent {
  contentId: string;
  sha256: string;
  size: number;
}

/**
 * Stores a file's bytes, one piece per transaction, before any case refers to them. The
 * content stays staged (and is removed by `discardStagedContents` or the sweep) until the
 * case transaction links it to a document with `linkContent`.
 */
export async function stageContent(
  db: Database,
  file: { bytes: Uint8Array; sha256: string; size: number },
  now: Date,
): Promise<StagedContent> {
  const contentId = randomUUID();
  await db.transaction(async (tx) => {
    await tx.query(`INSERT INTO document_contents (id, sha256, size) VALUES ($1, $2, $3)`, [
      contentId,
      file.sha256,
      file.size,
    ]);
    await tx.query(`INSERT INTO document_content_staging (content_id, staged_at) VALUES ($1, $2)`, [
      contentId,
      now,
    ]);
  });
  try {
    for (let seq = 0; seq * CONTENT_PIECE_BYTES < file.bytes.length; seq += 1) {
      const start = seq * CONTENT_PIECE_BYTES;
      const piece = file.bytes.subarray(start, start + CONTENT_PIECE_BYTES);
      await db.transaction((tx) =>
        tx.query(
          `INSERT INTO document_content_pieces (content_id, seq, bytes) VALUES ($1, $2, $3)`,
          [contentId, seq, piece],
        ),
      );
    }
  } catch (error) {
    // The caller never learns of this content, so it cannot remove it: remove it here.
    await discardStagedContents(db, [contentId]).catch(() => undefined);
    throw error;
  }
  return { contentId, sha256: file.sha256, size: file.size };
}

/**
 * Inside the case transaction: the document row that makes a staged content part of a case.
 * Refuses a content that is gone, differs from what was staged or is missing pieces, so a
 * case never links a half-written file.
 */
export async function linkContent(
  tx: Queryable,
  document: { id: string; caseId: string; name: string; uploadedAt: Date },
  content: StagedContent,
): Promise<void> {
  // Linking ends the staging: a content the sweep or a failed import already removed, or
  // that is linked already, links nothing.
  const linked = await tx.query<{ id: string }>(
    `WITH unstaged AS (
       DELETE FROM document_content_staging WHERE content_id = $5 RETURNING content_id
     )
     INSERT INTO documents (id, case_id, name, content_type, size, sha256, content_id, uploaded_at)
     SELECT $1, $2, $3, 'application/pdf', c.size, c.sha256, c.id, $4
       FROM document_contents c JOIN unstaged ON unstaged.content_id = c.id
      WHERE c.sha256 = $6 AND c.size = $7
        AND c.size = (SELECT coalesce(sum(length(p.bytes)), 0)
                        FROM document_content_pieces p WHERE p.content_id = c.id)
     RETURNING id`,
    [
      document.id,
      document.caseId,
      document.name,
      document.uploadedAt,
      content.contentId,
      content.sha256,
      content.size,
    ],
  );
  if (linked.length !== 1) {
    throw new Error(`The stored content of ${document.name} is incomplete.`);
  }
}

/** Removes contents an import staged and did not link; a linked one is left alone. */
export async function discardStagedContents(
  db: Database,
  contentIds: readonly string[],
): Promise<void> {
  if (contentIds.length === 0) return;
  await db.transaction((tx) =>
    tx.query(
      `DELETE FROM document_contents
        WHERE id IN (SELECT content_id FROM document_content_staging
                      WHERE content_id = ANY($1::uuid[]))`,
      [arrayLiteral(contentIds)],
    ),
  );
}

/**
 * Removes staged contents that no document links and that were staged long ago: what an
 * import interrupted between staging and its case transaction (a closed service, a power
 * cut) left behind. Nothing reachable from a case is ever removed.
 */
export async function sweepAbandonedContents(db: Database, now: Date): Promise<void> {
  await db.transaction((tx) =>
    tx.query(
      `DELETE FROM document_contents
        WHERE id IN (SELECT content_id FROM document_content_staging WHERE staged_at < $1)`,
      [new Date(now.getTime() - ABANDONED_AFTER_MS)],
    ),
  );
}

/** Where a stored document's bytes are: in its own row, or in the pieces of a content. */
export interface ContentLocation {
  documentId: string;
  contentId: string | null;
  size: number;
  sha256: string;
}

/**
 * Reads a document's bytes one piece per transaction, so that a large download holds up
 * neither writers nor, on the embedded database, any other request for longer than a piece.
 * Stored bytes never change, so the pieces read apart make the same file; the digest is
 * checked all the same before anything is handed out.
 */
export async function readContent(db: Database, location: ContentLocation): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for (let seq = 0; seq * CONTENT_PIECE_BYTES < location.size; seq += 1) {
    const [row] = await db.transaction((tx) =>
      location.contentId === null
        ? tx.query<{ bytes: Uint8Array }>(
            `SELECT substring(content FROM $2 FOR $3) AS bytes FROM documents WHERE id = $1`,
            [location.documentId, seq * CONTENT_PIECE_BYTES + 1, CONTENT_PIECE_BYTES],
          )
        : tx.query<{ bytes: Uint8Array }>(
            `SELECT bytes FROM document_content_pieces WHERE content_id = $1 AND seq = $2`,
            [location.contentId, seq],
          ),
    );
    if (!row) break;
    pieces.push(row.bytes);
  }
  const content = Buffer.concat(pieces);
  if ((await fileSha256(content)) !== location.sha256) {
    throw new Error(`Document ${location.documentId} does not match its SHA-256.`);
  }
  return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
}
