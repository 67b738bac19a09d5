import { useQuery } from '@tanstack/react-query';
import { API, routePath } from '../../../shared/api';
import { ErrorBody } from '../../../shared/errors';
import { ApiRequestError, OfflineError } from '../api-errors';
import { reportReachability } from '../connection';
import { documentKeys } from '../query-keys';

/** The file's bytes from the case service; the service records the read in the audit trail. */
export async function fetchDocumentFile(caseId: string, documentId: string): Promise<Uint8Array> {
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
 * Kept in memory for the session only (dropped at sign-out), never written to the mirror: a
 * document read while connected can be read again offline; one never read cannot.
 */
export function useDocumentFile(caseId: string, documentId: string) {
  return useQuery({
    queryKey: documentKeys.file(caseId, documentId),
    queryFn: () => fetchDocumentFile(caseId, documentId),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
