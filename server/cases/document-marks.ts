import type { DocumentMark } from '../../shared/case-record';
import type { Order } from '../../shared/order';
import { safeFileName } from './pdf-attachments';

interface AttachedFile {
  name: string;
  sha256: string;
}

const sameName = (a: string, b: string) =>
  safeFileName(a).toLowerCase() === safeFileName(b).toLowerCase();

/**
 * The documents the order names against the files that came with it. A named document is
 * found by the SHA-256 the order states (a stated digest that matches no file is refused at
 * import), else by its name; each file answers one name at most. A name left unanswered is a
 * missing document; a file no name claims is an unlisted one. An order that names no
 * documents makes every attached file unlisted.
 */
export function documentMarks(
  named: Order['documents'],
  attached: readonly AttachedFile[],
): DocumentMark[] {
  const unclaimed = [...attached];
  const claim = (index: number) => unclaimed.splice(index, 1)[0];
  const missing: DocumentMark[] = [];
  const byName: NonNullable<Order['documents']> = [];
  // Digests first: a file found by its digest is not also taken by another document's name.
  for (const document of named ?? []) {
    if (document.sha256 === undefined) {
      byName.push(document);
      continue;
    }
    const index = unclaimed.findIndex((file) => file.sha256 === document.sha256);
    if (index >= 0) claim(index);
    else missing.push({ kind: 'document_missing', name: document.name });
  }
  for (const document of byName) {
    const index = unclaimed.findIndex((file) => sameName(file.name, document.name));
    if (index >= 0) claim(index);
    else missing.push({ kind: 'document_missing', name: document.name });
  }
  const unlisted = unclaimed.map((file): DocumentMark => ({
    kind: 'unlisted_document',
    name: file.name,
    sha256: file.sha256,
  }));
  return [...missing, ...unlisted];
}
