import type { z } from 'zod';
import type { MUTATIONS, MutationName } from '../../../shared/mutations';

/** A named case mutation with its arguments, typed from shared/mutations.ts. */
export type CaseMutation = {
  [N in MutationName]: { name: N; args: z.input<(typeof MUTATIONS)[N]> };
}[MutationName];
