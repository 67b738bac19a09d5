import { z } from 'zod';
import { Verdict } from '../policy/verdict';
import { ItemJudgement } from './releasable-items';

/**
 * The engine's judgement of a case as the service holds it: every check with its rule and
 * policy version, per target and per category, and what each requested item would come to.
 * Served on the case, so an intake gateway or an audit tool reads what the screen shows.
 */
export const CaseJudgement = z.object({
  /** `decided`: the verdict frozen at sign-off; `current`: the policy in force, judged now. */
  basis: z.enum(['decided', 'current']),
  policyVersion: z.string(),
  verdict: Verdict,
  items: z.array(ItemJudgement),
});
export type CaseJudgement = z.infer<typeof CaseJudgement>;
