import type { CaseDetail } from '../../../shared/case-record';
import type { Verdict } from '../../../shared/policy';
import {
  CHECK_KEYS,
  initialDecisions,
  type CheckKey,
  type CheckRecord,
  type Decision,
  type Review,
} from '../../../shared/review';

const decisionKey = (d: Pick<Decision, 'target' | 'category'>) => `${d.target}|${d.category}`;

/**
 * The review as the editor starts it: the saved checks, and one decision for every target and
 * requested category — saved ones where they exist, the policy's defaults for the rest.
 */
export function draftFromDetail(detail: CaseDetail): Review {
  const saved = new Map(detail.review.decisions.map((d) => [decisionKey(d), d]));
  const decisions = initialDecisions(detail.order).map((d) => saved.get(decisionKey(d)) ?? d);
  return { checks: detail.review.checks, decisions };
}

export function withCheck(review: Review, key: CheckKey, patch: Partial<CheckRecord>): Review {
  return { ...review, checks: { ...review.checks, [key]: { ...review.checks[key], ...patch } } };
}

export function withDecision(review: Review, index: number, patch: Partial<Decision>): Review {
  return {
    ...review,
    decisions: review.decisions.map((d, i) => (i === index ? { ...d, ...patch } : d)),
  };
}

export function sameReview(a: Review, b: Review): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every check the policy engine passed, confirmed as passed; the others stay as they are. */
export function confirmPassedChecks(review: Review, verdict: Verdict): Review {
  return CHECK_KEYS.reduce(
    (r, key) =>
      verdict.checks[key].result === 'pass' && r.checks[key].result !== 'pass'
        ? withCheck(r, key, { result: 'pass' })
        : r,
    review,
  );
}
