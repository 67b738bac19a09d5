import { z } from 'zod';
import { API, LookupRequest } from '../../../shared/api';
import {
  downloadCaseLetter,
  downloadPackageFile,
  openPackage,
} from '../../disclosure/package-access';
import { lookUpSubscribers } from '../../disclosure/look-up-subscribers';
import { ServiceError } from '../../service-error';
import type { App, AppDeps } from '../app-env';
import { attachmentHeaders } from '../attachment-headers';
import { CASE_READERS, requireSession } from '../authenticate';
import { parseInput, readJsonBody } from '../parse-input';

/** Only supervisors handle released subscriber data; reviewers never need to see it. */
const DISCLOSERS = ['supervisor'] as const;

const CaseParams = z.object({ caseId: z.uuid('expected a case id') });
const LetterParams = CaseParams.extend({ letterId: z.uuid('expected a letter id') });
const FileParams = CaseParams.extend({
  file: z.enum(['manifest', 'letter'], { error: 'expected manifest or letter' }),
});

export function registerDisclosureRoutes(app: App, deps: AppDeps): void {
  app.on(API.lookUpSubscribers.method, API.lookUpSubscribers.path, async (c) => {
    const actor = await requireSession(c, deps, DISCLOSERS);
    const { caseId } = parseInput('The address', CaseParams, c.req.param());
    const { version } = parseInput(
      'The lookup',
      LookupRequest,
      await readJsonBody(c, 'The lookup'),
    );
    return c.json(
      await lookUpSubscribers(deps.db, deps.directory, actor, caseId, version, deps.clock),
    );
  });

  app.on(API.openPackage.method, API.openPackage.path, async (c) => {
    const reader = await requireSession(c, deps, DISCLOSERS);
    const { caseId } = parseInput('The address', CaseParams, c.req.param());
    const view = await openPackage(deps.db, reader, caseId, deps.clock());
    if (!view) throw new ServiceError('not_found', 'This case has no disclosure package yet.');
    return c.json(view);
  });

  app.on(API.packageFile.method, API.packageFile.path, async (c) => {
    const reader = await requireSession(c, deps, DISCLOSERS);
    const { caseId, file } = parseInput('The address', FileParams, c.req.param());
    const found = await downloadPackageFile(deps.db, reader, caseId, file, deps.clock());
    if (!found) throw new ServiceError('not_found', 'This case has no disclosure package yet.');
    return new Response(found.content, { headers: attachmentHeaders(found) });
  });

  // A refusal holds no subscriber data: whoever reads the case may read its letters.
  app.on(API.caseLetter.method, API.caseLetter.path, async (c) => {
    const reader = await requireSession(c, deps, CASE_READERS);
    const { caseId, letterId } = parseInput('The address', LetterParams, c.req.param());
    const found = await downloadCaseLetter(deps.db, reader, caseId, letterId, deps.clock());
    if (!found) throw new ServiceError('not_found', 'There is no such letter in this case.');
    return new Response(found.content, { headers: attachmentHeaders(found) });
  });
}
