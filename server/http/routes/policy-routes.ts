import { z } from 'zod';
import { API } from '../../../shared/api';
import { NewPolicyVersion } from '../../../shared/policy-record';
import {
  createPolicyVersion,
  currentPolicy,
  findPolicyVersion,
  listPolicyVersions,
} from '../../policy/policy-store';
import { ServiceError } from '../../service-error';
import type { App, AppDeps } from '../app-env';
import { ADMINS, ANY_ROLE, requireSession } from '../authenticate';
import { parseInput, readJsonBody } from '../parse-input';

const VersionParams = z.object({ version: z.string().min(1).max(40) });

export function registerPolicyRoutes(app: App, deps: AppDeps): void {
  app.on(API.currentPolicy.method, API.currentPolicy.path, async (c) => {
    await requireSession(c, deps, ANY_ROLE);
    return c.json(await currentPolicy(deps.db));
  });

  app.on(API.policyVersions.method, API.policyVersions.path, async (c) => {
    await requireSession(c, deps, ANY_ROLE);
    return c.json({ versions: await listPolicyVersions(deps.db) });
  });

  app.on(API.policyVersion.method, API.policyVersion.path, async (c) => {
    await requireSession(c, deps, ANY_ROLE);
    const { version } = parseInput('The address', VersionParams, c.req.param());
    const record = await findPolicyVersion(deps.db, version);
    if (!record) throw new ServiceError('not_found', `There is no policy version ${version}.`);
    return c.json(record);
  });

  app.on(API.createPolicyVersion.method, API.createPolicyVersion.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const input = parseInput('The policy', NewPolicyVersion, await readJsonBody(c, 'The policy'));
    return c.json(await createPolicyVersion(deps.db, admin, input, deps.clock()));
  });
}
