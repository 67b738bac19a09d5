import { z } from 'zod';
import { API } from '../../../shared/api';
import {
  NewPolicyVersion,
  ProposalDecision,
  ProposalRejection,
} from '../../../shared/policy-record';
import {
  approvePolicyProposal,
  listPolicyProposals,
  proposePolicyVersion,
  rejectPolicyProposal,
} from '../../policy/policy-proposals';
import { currentPolicy, findPolicyVersion, listPolicyVersions } from '../../policy/policy-store';
import { ServiceError } from '../../service-error';
import type { App, AppDeps } from '../app-env';
import { ADMINS, ANY_ROLE, requireSession } from '../authenticate';
import { parseInput, readJsonBody } from '../parse-input';

const VersionParams = z.object({ version: z.string().min(1).max(40) });
const ProposalParams = z.object({ proposalId: z.uuid('expected a proposal id') });

export function registerPolicyRoutes(app: App, deps: AppDeps): void {
  app.on(API.currentPolicy.method, API.currentPolicy.path, async (c) => {
    await requireSession(c, deps, ANY_ROLE);
    return c.json(await currentPolicy(deps.db, deps.clock()));
  });

  app.on(API.policyVersions.method, API.policyVersions.path, async (c) => {
    await requireSession(c, deps, ANY_ROLE);
    return c.json({ versions: await listPolicyVersions(deps.db, deps.clock()) });
  });

  app.on(API.policyVersion.method, API.policyVersion.path, async (c) => {
    await requireSession(c, deps, ANY_ROLE);
    const { version } = parseInput('The address', VersionParams, c.req.param());
    const record = await findPolicyVersion(deps.db, version, deps.clock());
    if (!record) throw new ServiceError('not_found', `There is no policy version ${version}.`);
    return c.json(record);
  });

  app.on(API.policyProposals.method, API.policyProposals.path, async (c) => {
    await requireSession(c, deps, ADMINS);
    return c.json({ proposals: await listPolicyProposals(deps.db, deps.clock()) });
  });

  app.on(API.proposePolicyVersion.method, API.proposePolicyVersion.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const input = parseInput('The policy', NewPolicyVersion, await readJsonBody(c, 'The policy'));
    return c.json(await proposePolicyVersion(deps.db, admin, input, deps.clock()));
  });

  app.on(API.approvePolicyProposal.method, API.approvePolicyProposal.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const { proposalId } = parseInput('The address', ProposalParams, c.req.param());
    const body = parseInput(
      'The approval',
      ProposalDecision,
      await readJsonBody(c, 'The approval'),
    );
    return c.json(await approvePolicyProposal(deps.db, admin, proposalId, body, deps.clock()));
  });

  app.on(API.rejectPolicyProposal.method, API.rejectPolicyProposal.path, async (c) => {
    const admin = await requireSession(c, deps, ADMINS);
    const { proposalId } = parseInput('The address', ProposalParams, c.req.param());
    const body = parseInput(
      'The rejection',
      ProposalRejection,
      await readJsonBody(c, 'The rejection'),
    );
    return c.json(await rejectPolicyProposal(deps.db, admin, proposalId, body, deps.clock()));
  });
}
