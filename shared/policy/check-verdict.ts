import type { CheckResult } from '../review';
import type { PolicyVersion } from './policy-version';
import type { CheckDetail, CheckVerdict, EngineCheckKey } from './verdict';

export function checkVerdict(
  check: EngineCheckKey,
  policy: PolicyVersion,
  result: CheckResult,
  reason: string,
  rule: string,
  details: CheckDetail[] = [],
  overridable = true,
): CheckVerdict {
  return { check, result, reason, rule, policyVersion: policy.version, details, overridable };
}

/**
 * The result of a check made of parts (targets, offences, categories): a failure anywhere
 * fails it, otherwise anything open leaves it for review.
 */
export function worstResult(results: readonly CheckResult[]): CheckResult {
  if (results.includes('fail')) return 'fail';
  if (results.includes('needs_review')) return 'needs_review';
  return 'pass';
}
