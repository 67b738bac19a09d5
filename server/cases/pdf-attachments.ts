import type { FieldIssue } from '../../shared/errors';
import type { Order } from '../../shared/order';
import { fileSha256 } from './file-digest';
import { INVISIBLE_CHARACTERS } from '../../shared/visible-text';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS = 20;

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

export interface PdfAttachment {
  name: string;
  bytes: Uint8Array;
  size: number;
  sha256: string;
}

/**
 * A file name fit to show and to offer back for download: no folders, no control,
 * bidirectional or invisible characters (which can make "cod.exe" read as "exe.doc"), and
 * always ending in .pdf, since only PDFs are accepted.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .replace(INVISIBLE_CHARACTERS, '')
    .trim();
  const stem = (cleaned || 'document')
    .replace(/\.pdf$/i, '')
    .slice(0, 196)
    .trim();
  return `${stem || 'document'}.pdf`;
}

/**
 * Accepts only PDFs, recognised by their first bytes rather than by a name or content type
 * the sender chose, within the size and count limits. An oversized file is refused before
 * it is read.
 */
export async function checkPdfAttachments(files: readonly File[]): Promise<{
  attachments: PdfAttachment[];
  issues: FieldIssue[];
}> {
  const issues: FieldIssue[] = [];
  if (files.length > MAX_ATTACHMENTS) {
    issues.push({
      path: 'attachment',
      message: `at most ${MAX_ATTACHMENTS} attachments per order; ${files.length} were sent`,
    });
  }
  const attachments: PdfAttachment[] = [];
  for (const [index, file] of files.entries()) {
    const path = `attachment.${index}`;
    const name = safeFileName(file.name);
    if (file.size === 0) {
      issues.push({ path, message: `${name} is empty` });
      continue;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      issues.push({ path, message: `${name} is larger than 20 MB` });
      continue;
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    if (!bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
      issues.push({ path, message: `${name} is not a PDF document` });
      continue;
    }
    attachments.push({
      name,
      bytes,
      size: bytes.length,
      sha256: await fileSha256(bytes),
    });
  }
  return { attachments, issues };
}

/** Each SHA-256 the order lists must be the digest of a file that came with it. */
export function documentDigestIssues(
  order: Order,
  attachments: readonly PdfAttachment[],
): FieldIssue[] {
  const uploaded = new Set(attachments.map((a) => a.sha256));
  const issues: FieldIssue[] = [];
  (order.documents ?? []).forEach((doc, index) => {
    if (doc.sha256 !== undefined && !uploaded.has(doc.sha256)) {
      issues.push({
        path: `documents.${index}.sha256`,
        message: `no attached file has this SHA-256; ${doc.name} is missing or differs from the one listed`,
      });
    }
  });
  return issues;
}
