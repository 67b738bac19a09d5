import { z } from 'zod';
import { API } from '../../../shared/api';
import { isMutationName, MUTATIONS, type MutationName } from '../../../shared/mutations';
import { applyMutation, type MutationRequestOf } from '../../mutations/apply-mutation';
import type { App, AppDeps } from '../app-env';
import { CASE_WORKERS, requireSession } from '../authenticate';
import { parseInput, readJsonBody, validationError } from '../parse-input';

const Envelope = z.object({ name: z.string(), args: z.unknown() }).strict();

/**
 * Reads `{name, args}` against the schemas of shared/mutations.ts: first the name, so that
 * the arguments are checked against the right schema and their problems named precisely.
 */
export function parseMutationRequest(body: unknown): MutationRequestOf<MutationName> {
  const { name, args } = parseInput('The request', Envelope, body);
  if (!isMutationName(name)) {
    throw validationError('The request', [
      { path: 'name', message: `there is no mutation called ${name}` },
    ]);
  }
  return { name, args: parseInput('The request', MUTATIONS[name], args, ['args']) };
}

export function registerMutationRoutes(app: App, deps: AppDeps): void {
  app.on(API.mutate.method, API.mutate.path, async (c) => {
    const actor = await requireSession(c, deps, CASE_WORKERS);
    const request = parseMutationRequest(await readJsonBody(c, 'The request'));
    return c.json(await applyMutation(deps.db, actor, request, deps.clock()));
  });
}
