import type { Order } from '../order';
import { checkVerdict } from './check-verdict';
import type { EvaluationContext } from './evaluation-context';
import type { PolicyVersion } from './policy-version';
import { checkAuthenticity } from './rules/authenticity';
import { checkDeadline, type DueDate } from './rules/deadline';
import { checkInstrument } from './rules/instrument';
import { checkJurisdiction } from './rules/jurisdiction';
import { checkScope } from './rules/scope';
import { checkSuspects } from './rules/suspect';
import { checkTosViolation } from './rules/tos-violation';
import type { CheckVerdict, EngineCheckKey, Verdict } from './verdict';

const ENGINE_FAULT_RULE = 'engine.fault';

/**
 * A check that cannot be evaluated must not take the others down with it, nor pass: it is left
 * to a reviewer with the fault in its reason.
 */
function guarded(
  check: EngineCheckKey,
  policy: PolicyVersion,
  evaluate: () => CheckVerdict,
): CheckVerdict {
  try {
    return evaluate();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return checkVerdict(
      check,
      policy,
      'needs_review',
      `The policy engine could not evaluate this check (${message}); a reviewer must decide it by hand.`,
      ENGINE_FAULT_RULE,
    );
  }
}

function guardedDeadline(
  order: Order,
  policy: PolicyVersion,
  now: string,
): { verdict: CheckVerdict; due: DueDate } {
  try {
    return checkDeadline(order, policy, now);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      verdict: checkVerdict(
        'deadline',
        policy,
        'needs_review',
        `The policy engine could not compute the due date (${message}); it is shown as the time of receipt until a reviewer sets it.`,
        ENGINE_FAULT_RULE,
      ),
      due: {
        dueAt: new Date(Date.parse(order.receivedAt)).toISOString(),
        isOverdue: false,
        dueWithin24h: true,
      },
    };
  }
}

/**
 * Evaluates an order against one policy version: every check of the review, plus the deadline.
 * Pure and deterministic: the same order, policy and context always give the same verdict, and
 * everything it knows about countries, routes and offences comes from the policy data.
 */
export function evaluateOrder(
  order: Order,
  policy: PolicyVersion,
  context: EvaluationContext,
): Verdict {
  const deadline = guardedDeadline(order, policy, context.now);
  return {
    orderReference: order.reference,
    policyVersion: policy.version,
    evaluatedAt: context.now,
    checks: {
      instrument: guarded('instrument', policy, () => checkInstrument(order, policy)),
      jurisdiction: guarded('jurisdiction', policy, () => checkJurisdiction(order, policy)),
      suspect: guarded('suspect', policy, () => checkSuspects(order, policy)),
      tos_violation: guarded('tos_violation', policy, () => checkTosViolation(order, policy)),
      scope: guarded('scope', policy, () => checkScope(order, policy)),
      authenticity: guarded('authenticity', policy, () =>
        checkAuthenticity(order, policy, context),
      ),
      deadline: deadline.verdict,
    },
    ...deadline.due,
  };
}
