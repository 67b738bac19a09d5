import { z } from 'zod';
import { isMutationName, MUTATIONS, type MutationName } from '../../shared/mutations';
import { parseInput, validationError } from '../http/parse-input';
import type { MutationRequestOf } from './apply-mutation';

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
