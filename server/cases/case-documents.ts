import type { Queryable } from '../storage/database';
import type { Database } from '../storage/database';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';
import { readContent, type ContentLocation } from './document-contents';

export interface StoredDocument {
  id: string;
  name: string;
  contentType: string;
  sha256: string;
  content: Uint8Array;
}

/**
 * Hands out an attachment and records who read it. The file is read piece by piece, outside
 * any write order and before the audit event, so a large download holds up neither writers
 * nor other requests; nothing is handed out unless the event that records the read commits.
 */
export async function downloadDocument(
  db: Database,
  reader: AuthenticatedSession,
  caseId: string,
  documentId: string,
  now: Date,
): Promise<StoredDocument | null> {
  const document = await findDocument(db, caseId, documentId);
  if (!document) return null;
  const content = await readContent(db, document);
  await db.transaction((tx) =>
    appendAuditEvent(tx, {
      at: now,
      actorId: reader.userId,
      actor: reader.username,
      action: 'document.download',
      caseId,
      details: { documentId, documentName: document.name, sha256: document.sha256 },
    }),
  );
  return {
    id: document.documentId,
    name: document.name,
    contentType: document.contentType,
    sha256: document.sha256,
    content,
  };
}

async function findDocument(
  db: Queryable,
  caseId: string,
  documentId: string,
): Promise<(ContentLocation & { name: string; contentType: string }) | null> {
  const [row] = await db.query<{
    id: string;
    name: string;
    content_type: string;
    sha256: string;
    size: number;
    content_id: string | null;
  }>(
    `SELECT id, name, content_type, sha256, size, content_id FROM documents
      WHERE id = $1 AND case_id = $2`,
    [documentId, caseId],
  );
  if (!row) return null;
  return {
    documentId: row.id,
    contentId: row.content_id,
    size: row.size,
    sha256: row.sha256,
    name: row.name,
    contentType: row.content_type,
  };
}
