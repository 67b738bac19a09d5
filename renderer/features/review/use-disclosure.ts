import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API, routePath } from '../../../shared/api';
import type { CaseDetail } from '../../../shared/case-record';
import { PACKAGE_FILES, type PackageFile } from '../../../shared/disclosure/manifest';
import { callApi } from '../../lib/api-client';
import { ApiRequestError } from '../../lib/api-errors';
import { db } from '../../lib/db';
import { exportFile } from '../../lib/export-file';
import { keepNewerServerCopy } from '../../lib/keep-newer-server-copy';
import { caseKeys } from '../../lib/query-keys';

/**
 * Asks the case service to look up the approved subscriber data and prepare the package.
 * Online only: the directory is reached from the service. The answer carries counts and
 * hashes, never the values, so it goes into the mirror like any case.
 */
export function useLookUpSubscribers(detail: CaseDetail) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const updated = await callApi(API.lookUpSubscribers, {
        params: { caseId: detail.id },
        body: { version: detail.version },
      });
      return (await keepNewerServerCopy(db, updated, new Date())).detail;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(detail.id) }),
  });
}

/**
 * The released values, fetched when the user opens the package and held only by the
 * component that shows them: not in the query cache, not in the mirror.
 */
export function useOpenPackage(caseId: string) {
  return useMutation({
    mutationFn: () => callApi(API.openPackage, { params: { caseId } }),
  });
}

/** Fetches one part of the package as stored and saves it where the user chooses. */
export function useExportPackageFile(detail: CaseDetail) {
  return useMutation({
    mutationFn: async (file: PackageFile) => {
      const response = await fetch(routePath(API.packageFile.path, { caseId: detail.id, file }), {
        credentials: 'same-origin',
      });
      if (!response.ok) {
        throw new ApiRequestError(
          'internal',
          response.status,
          'The package could not be fetched from the case service. Try again.',
        );
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      const part = PACKAGE_FILES[file];
      const saved = await exportFile({
        name: `${detail.reference.replace(/[^A-Za-z0-9._-]+/g, '_')}-${part.name}`,
        contentType: part.contentType,
        bytes,
      });
      return { file, saved };
    },
  });
}

/** Fetches a letter logged on the case (a refusal) and saves it where the user chooses. */
export function useExportCaseLetter(detail: CaseDetail) {
  return useMutation({
    mutationFn: async (letter: { id: string; kind: string }) => {
      const response = await fetch(
        routePath(API.caseLetter.path, { caseId: detail.id, letterId: letter.id }),
        { credentials: 'same-origin' },
      );
      if (!response.ok) {
        throw new ApiRequestError(
          'internal',
          response.status,
          'The letter could not be fetched from the case service. Try again.',
        );
      }
      return exportFile({
        name: `${detail.reference.replace(/[^A-Za-z0-9._-]+/g, '_')}-${letter.kind}-letter.pdf`,
        contentType: 'application/pdf',
        bytes: new Uint8Array(await response.arrayBuffer()),
      });
    },
  });
}
