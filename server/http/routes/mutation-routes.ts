import { API } from '../../../shared/api';
import { reportCheckpoint } from '../../audit/audit-anchor';
import { PushRequest } from '../../../shared/sync';
import { applyMutation } from '../../mutations/apply-mutation';
import { parseMutationRequest } from '../../mutations/parse-mutation-request';
import { pushMutations } from '../../sync/push-mutations';
import { admitWrite, turnPerAction } from '../admit-write';
import type { App, AppDeps } from '../app-env';
import { CASE_WORKERS, requireSession } from '../authenticate';
import { parseInput, readJsonBody } from '../parse-input';

/** Decisions whose record should be signed outside the database at once, not at the next tick. */
const IMPORTANT_MUTATIONS: ReadonlySet<string> = new Set(['case.approve']);

async function signAuditHead(deps: AppDeps): Promise<void> {
  if (deps.auditAnchor) await reportCheckpoint(deps.auditAnchor.checkpoint());
}

export function registerMutationRoutes(app: App, deps: AppDeps): void {
  app.on(API.mutate.method, API.mutate.path, async (c) => {
    const actor = await requireSession(c, deps, CASE_WORKERS);
    const request = parseMutationRequest(await readJsonBody(c, 'The request'));
    c.set('attempted', request.name);
    c.set('caseId', request.args.caseId);
    // The turn ends at the commit: the seal that follows is shared and costs this process
    // almost nothing to wait for.
    const detail = await admitWrite(c, deps, (leave) =>
      applyMutation(deps.db, actor, request, deps.clock(), leave),
    );
    if (IMPORTANT_MUTATIONS.has(request.name)) await signAuditHead(deps);
    return c.json(detail);
  });

  app.on(API.push.method, API.push.path, async (c) => {
    const actor = await requireSession(c, deps, CASE_WORKERS);
    const request = parseInput('The push', PushRequest, await readJsonBody(c, 'The push'));
    const response = await admitWrite(c, deps, (leave) =>
      pushMutations(deps.db, actor, request, deps.clock, turnPerAction(deps, leave)),
    );
    const important = new Set(
      request.mutations.filter((m) => IMPORTANT_MUTATIONS.has(m.name)).map((m) => m.seq),
    );
    if (response.acks.some((a) => a.status === 'applied' && !a.replayed && important.has(a.seq))) {
      await signAuditHead(deps);
    }
    return c.json(response);
  });
}
