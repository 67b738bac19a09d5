import { z } from 'zod';
import { API, CasePageQuery } from '../../../shared/api';
import { downloadDocument } from '../../cases/case-documents';
import { loadCaseDetail } from '../../cases/case-detail';
import { caseChangesSince } from '../../cases/case-pages';
import { ServiceError } from '../../service-error';
import type { App, AppDeps } from '../app-env';
import { CASE_READERS, requireSession } from '../authenticate';
import { parseInput } from '../parse-input';
import { attachmentHeaders } from '../attachment-headers';

const CaseParams = z.object({ caseId: z.uuid('expected a case id') });
const DocumentParams = CaseParams.extend({ documentId: z.uuid('expected a document id') });

export function registerCaseRoutes(app: App, deps: AppDeps): void {
  app.on(API.caseChanges.method, API.caseChanges.path, async (c) => {
    await requireSession(c, deps, CASE_READERS);
    // `?cursor=` with nothing after it is a first sync, as if the cursor were absent.
    const query = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
    const { cursor, limit } = parseInput('The page request', CasePageQuery, query);
    return c.json(await caseChangesSince(deps.db, cursor, limit, deps.clock()));
  });

  app.on(API.getCase.method, API.getCase.path, async (c) => {
    const viewer = await requireSession(c, deps, CASE_READERS);
    const { caseId } = parseInput('The address', CaseParams, c.req.param());
    // The engine's judgement comes with the case as read here, not with every change's answer:
    // it parses the policy, which a workstation applying a queue of changes does not need.
    const detail = await deps.db.transaction((tx) =>
      loadCaseDetail(tx, caseId, viewer, deps.clock()),
    );
    if (!detail) throw new ServiceError('not_found', 'There is no such case.');
    return c.json(detail);
  });

  app.on(API.getDocument.method, API.getDocument.path, async (c) => {
    const reader = await requireSession(c, deps, CASE_READERS);
    const { caseId, documentId } = parseInput('The address', DocumentParams, c.req.param());
    const document = await downloadDocument(deps.db, reader, caseId, documentId, deps.clock());
    if (!document) throw new ServiceError('not_found', 'There is no such document in this case.');
    return new Response(document.content, { headers: attachmentHeaders(document) });
  });
}
