import { useEffect } from 'react';
import type { Role } from '../../shared/roles';
import { db, releaseMirror } from '../lib/db';
import { wipeDocuments } from '../lib/documents/document-cache';
import { handlesCases } from './navigation';

/**
 * A role that handles no cases keeps no copy of them on the workstation, whichever screen it
 * lands on first: the shell, or the second-factor setup an administrator must finish first.
 */
export function useMirrorForRole(role: Role): void {
  const keepsCases = handlesCases(role);
  useEffect(() => {
    if (keepsCases) return;
    Promise.all([releaseMirror(db), wipeDocuments()]).catch((error: unknown) => {
      console.error('Could not remove the case cache this role may not keep:', error);
    });
  }, [keepsCases]);
}
