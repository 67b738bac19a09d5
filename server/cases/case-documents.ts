import type { Queryable } from '../storage/database';
import type { Database } from '../storage/database';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { AuthenticatedSession } from '../auth/sessions';

export interface StoredDocument {
  id: string;
  name: string;
  contentType: string;
  sha256: string;
  content: Uint8Array;
}

/**
 * Hands out an attachment and records who read it, in one transaction. The file is read
 * before the audit chain's head is locked, so a large download holds up no writer; the
 * lock is held only for the one audit event.
 */
export function downloadDocument(
  db: Database,
  reader: AuthenticatedSession,
  caseId: string,
  documentId: string,
  now: Date,
): Promise<StoredDocument | null> {
  return db.transaction(async (tx) => {
    const document = await findDocument(tx, caseId, documentId);
    if (!document) return null;
    await appendAuditEvent(tx, {
      at: now,
      actorId: reader.userId,
      actor: reader.username,
      action: 'document.download',
      caseId,
      details: { documentId, documentName: document.name, sha256: document.sha256 },
    });
    return document;
  });
}

async function findDocument(
  tx: Queryable,
  caseId: string,
  documentId: string,
): Promise<StoredDocument | null> {
  const [row] = await tx.query<{
    id: string;
    name: string;
    content_type: string;
    sha256: string;
    content: Uint8Array;
  }>(
    `SELECT id, name, content_type, sha256, content FROM documents
      WHERE id = $1 AND case_id = $2`,
    [documentId, caseId],
  );
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    contentType: row.content_type,
    sha256: row.sha256,
    content: row.content,
  };
}
