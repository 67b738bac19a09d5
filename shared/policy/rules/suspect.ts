import { formatIdentifier, targetKey } from '../../identifiers';
import type { Order } from '../../order';
import { checkVerdict, worstResult } from '../check-verdict';
import { listAnd, listOr, TARGET_STATUS_LABELS } from '../labels';
import type { PolicyVersion } from '../policy-version';
import { citeRule } from '../source';
import type { CheckVerdict, TargetDetail } from '../verdict';

/** Is every target named as a suspect? A witness or a victim is never disclosed about. */
export function checkSuspects(order: Order, policy: PolicyVersion): CheckVerdict {
  const rule = policy.suspect;
  const qualifying = listOr(rule.qualifyingStatuses.map((s) => TARGET_STATUS_LABELS[s]));
  const details: TargetDetail[] = order.targets.map((target) => {
    const who = formatIdentifier(target.identifier);
    const named = TARGET_STATUS_LABELS[target.status];
    const ok = rule.qualifyingStatuses.includes(target.status);
    return {
      kind: 'target',
      target: targetKey(target.identifier),
      identifier: who,
      status: target.status,
      result: ok ? 'pass' : 'fail',
      reason: ok
        ? `${who} is named as ${named}.`
        : `${who} is named as ${named}, not as ${qualifying}; nothing about this account may be disclosed.`,
      rule: rule.id,
    };
  });

  const failing = details.filter((d) => d.result === 'fail');
  const result = worstResult(details.map((d) => d.result));
  const reason =
    failing.length === 0
      ? `${details.length === 1 ? 'The only target is' : `All ${details.length} targets are`} named as ${qualifying} (${citeRule(rule)}).`
      : `${failing.length} of ${details.length} targets ${failing.length === 1 ? 'is' : 'are'} not named as ${qualifying}: ${listAnd(
          failing.map((d) => `${d.identifier} (${TARGET_STATUS_LABELS[d.status]})`),
        )} (${citeRule(rule)}).`;
  return checkVerdict('suspect', policy, result, reason, rule.id, details);
}
