import { API } from '../../../shared/api';
import { PushRequest } from '../../../shared/sync';
import { applyMutation } from '../../mutations/apply-mutation';
import { parseMutationRequest } from '../../mutations/parse-mutation-request';
import { pushMutations } from '../../sync/push-mutations';
import type { App, AppDeps } from '../app-env';
import { CASE_WORKERS, requireSession } from '../authenticate';
import { parseInput, readJsonBody } from '../parse-input';

export function registerMutationRoutes(app: App, deps: AppDeps): void {
  app.on(API.mutate.method, API.mutate.path, async (c) => {
    const actor = await requireSession(c, deps, CASE_WORKERS);
    const request = parseMutationRequest(await readJsonBody(c, 'The request'));
    return c.json(await applyMutation(deps.db, actor, request, deps.clock()));
  });

  app.on(API.push.method, API.push.path, async (c) => {
    const actor = await requireSession(c, deps, CASE_WORKERS);
    const request = parseInput('The push', PushRequest, await readJsonBody(c, 'The push'));
    return c.json(await pushMutations(deps.db, actor, request, deps.clock));
  });
}
