import { formatIdentifier, isExactIdentifier, targetKey } from '../../identifiers';
import type { Order } from '../../order';
import { checkVerdict } from '../check-verdict';
import { listAnd, listOr, TARGET_STATUS_LABELS } from '../labels';
import type { PolicyVersion } from '../policy-version';
import { citeRule } from '../source';
import type { CheckVerdict, TargetDetail } from '../verdict';

/** The words the review screen and the reasons use for a target that matches no account. */
export const IDENTIFIER_NOT_EXACT = 'identifier not exact';

/**
 * Is each target named as a suspect, by an exact identifier? Judged per target, the way scope
 * is judged per category: a witness, a victim or a display name is never disclosed about, but
 * does not fail the order for the suspects beside it. The check fails only when no target at
 * all qualifies.
 */
export function checkSuspects(order: Order, policy: PolicyVersion): CheckVerdict {
  const rule = policy.suspect;
  const qualifying = listOr(rule.qualifyingStatuses.map((s) => TARGET_STATUS_LABELS[s]));
  const details: TargetDetail[] = order.targets.map((target) => {
    const who = formatIdentifier(target.identifier);
    const named = TARGET_STATUS_LABELS[target.status];
    const exact = isExactIdentifier(target.identifier);
    const suspect = rule.qualifyingStatuses.includes(target.status);
    const base = {
      kind: 'target' as const,
      target: targetKey(target.identifier),
      identifier: who,
      status: target.status,
      exactIdentifier: exact,
      rule: rule.id,
    };
    if (!exact) {
      return {
        ...base,
        result: 'fail' as const,
        reason: `${who}: ${IDENTIFIER_NOT_EXACT}. It matches no account for certain, so nothing about it may be disclosed; ask the authority for an exact identifier.`,
      };
    }
    return {
      ...base,
      result: suspect ? ('pass' as const) : ('fail' as const),
      reason: suspect
        ? `${who} is named as ${named}.`
        : `${who} is named as ${named}, not as ${qualifying}; nothing about this account may be disclosed.`,
    };
  });

  const passing = details.filter((d) => d.result === 'pass');
  const blocked = details.filter((d) => d.result !== 'pass');
  const describe = (d: TargetDetail) =>
    d.exactIdentifier
      ? `${d.identifier} (${TARGET_STATUS_LABELS[d.status]})`
      : `${d.identifier} (${IDENTIFIER_NOT_EXACT})`;
  const cite = `(${citeRule(rule)})`;
  if (passing.length === 0) {
    return checkVerdict(
      'suspect',
      policy,
      'fail',
      `No target is named as ${qualifying} by an exact identifier: ${listAnd(blocked.map(describe))} ${cite}.`,
      rule.id,
      details,
    );
  }
  const reason =
    blocked.length === 0
      ? `${details.length === 1 ? 'The only target is' : `All ${details.length} targets are`} named as ${qualifying} ${cite}.`
      : `${passing.length} of ${details.length} targets ${passing.length === 1 ? 'is' : 'are'} named as ${qualifying}: ${listAnd(
          passing.map((d) => d.identifier),
        )}. Nothing may be disclosed about ${listAnd(blocked.map(describe))} ${cite}.`;
  return checkVerdict('suspect', policy, 'pass', reason, rule.id, details);
}
