import { useQuery } from '@tanstack/react-query';
import { API, routePath } from '../../../shared/api';
import { ErrorBody } from '../../../shared/errors';
import { ApiRequestError, OfflineError } from '../api-errors';
import { reportReachability } from '../connection';
import { documentDb, keepDocument, readKeptDocument } from '../documents/document-cache';
import { documentKeys } from '../query-keys';

/** The file's bytes from the case service; the service records the read in the audit trail. */
export async function fetchDocumentFile(
  caseId: string,
  documentId: string,
): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response;
  try {
    response = await fetch(routePath(API.getDocument.path, { caseId, documentId }), {
      credentials: 'same-origin',
    });
  } catch {
    reportReachability(false);
    throw new OfflineError();
  }
  if (!response.ok) {
    const body = ErrorBody.safeParse(await response.json().catch(() => null));
    if (!body.success && [502, 503, 504].includes(response.status)) throw new OfflineError();
    throw new ApiRequestError(
      body.success ? body.data.error.code : 'internal',
      response.status,
      body.success ? body.data.error.message : 'The case service could not send this document.',
    );
  }
  reportReachability(true);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The file from the case service, which records the read; out of its reach, the copy kept on
 * this workstation when the case was last opened online, checked against the stated digest.
 * Still an `OfflineError` when no copy was kept.
 */
export async function readDocumentFile(
  caseId: string,
  document: { id: string; sha256: string },
): Promise<Uint8Array<ArrayBuffer>> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await fetchDocumentFile(caseId, document.id);
  } catch (error) {
    if (!(error instanceof OfflineError)) throw error;
    const kept = await readKeptDocument(documentDb, caseId, document.sha256).catch(() => null);
    if (kept) return kept;
    throw error;
  }
  // Kept for reading offline, after a restart too; the reader does not wait for it.
  keepDocument(documentDb, { caseId, sha256: document.sha256, bytes }).catch((error: unknown) => {
    console.error('Could not keep the document for offline reading:', error);
  });
  return bytes;
}

/** Held in memory for the session (dropped at sign-out) and on disk for reading offline. */
export function useDocumentFile(caseId: string, document: { id: string; sha256: string }) {
  return useQuery({
    queryKey: documentKeys.file(caseId, document.id),
    queryFn: () => readDocumentFile(caseId, document),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
