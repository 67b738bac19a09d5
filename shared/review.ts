import { z } from 'zod';
import type { Outcome } from './case-lifecycle';
import { isExactIdentifier, targetKey } from './identifiers';
import { DATA_CATEGORIES, isDisclosable, TimeWindow, type Order } from './order';
import type { Verdict } from './policy/verdict';
import type { VerificationStatus } from './verification';

export const CHECK_KEYS = [
  'instrument',
  'jurisdiction',
  'suspect',
  'tos_violation',
  'scope',
  'authenticity',
] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];

export const CHECK_LABELS: Record<CheckKey, { title: string; question: string }> = {
  instrument: {
    title: 'Instrument',
    question:
      'Is it a court order, warrant or judge’s order (or a European Production Order on the e-Evidence route)?',
  },
  jurisdiction: {
    title: 'Jurisdiction and route',
    question: 'Does the authority belong to a jurisdiction the platform answers, by a valid route?',
  },
  suspect: {
    title: 'Suspect status',
    question: 'Is every target named as a suspect, by an exact identifier?',
  },
  tos_violation: {
    title: 'Terms of Service violation',
    question:
      'Does the alleged offence violate the Terms of Service (and not criminalise protected speech)?',
  },
  scope: {
    title: 'Scope',
    question: 'Are only IP addresses (within the order’s window) and phone numbers disclosed?',
  },
  authenticity: {
    title: 'Authenticity',
    question: 'Was the requester verified out of band, through an independently sourced contact?',
  },
};

export const CHECK_RESULTS = ['pass', 'fail', 'needs_review'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const CheckRecord = z
  .object({
    result: z.enum(CHECK_RESULTS).nullable(),
    note: z.string().max(4000),
  })
  .strict();
export type CheckRecord = z.infer<typeof CheckRecord>;

export const Checks = z
  .object(
    Object.fromEntries(CHECK_KEYS.map((k) => [k, CheckRecord])) as Record<
      CheckKey,
      typeof CheckRecord
    >,
  )
  .strict();
export type Checks = z.infer<typeof Checks>;

export function emptyChecks(): Checks {
  return Object.fromEntries(CHECK_KEYS.map((k) => [k, { result: null, note: '' }])) as Checks;
}

export const DECISION_VERDICTS = ['disclose', 'decline'] as const;

export const Decision = z
  .object({
    target: z.string().min(1).max(200),
    category: z.enum(DATA_CATEGORIES),
    verdict: z.enum(DECISION_VERDICTS).nullable(),
    reason: z.string().max(2000),
    /**
     * IP addresses only: the reviewer's narrower window within the order's. Absent, the
     * order's own window applies. Never wider: the server refuses that.
     */
    ipWindow: TimeWindow.optional(),
  })
  .strict();
export type Decision = z.infer<typeof Decision>;

export const Review = z
  .object({
    checks: Checks,
    decisions: z.array(Decision).max(5000),
  })
  .strict();
export type Review = z.infer<typeof Review>;

const OUT_OF_SCOPE_REASON =
  'Outside the policy: only IP addresses and phone numbers may be disclosed.';
const NOT_A_SUSPECT_REASON = 'Not named as a suspect: nothing about this target may be disclosed.';
const NOT_EXACT_REASON =
  'Identifier not exact: it matches no account for certain, so nothing may be disclosed.';

/** Why the policy declines this item whatever the review says, or null when it is open. */
function policyDeclines(target: Order['targets'][number], category: Decision['category']) {
  if (!isDisclosable(category)) return OUT_OF_SCOPE_REASON;
  if (!isExactIdentifier(target.identifier)) return NOT_EXACT_REASON;
  if (target.status !== 'suspect') return NOT_A_SUSPECT_REASON;
  return null;
}

/**
 * One decision per target and requested category, in order. What the policy never allows (a
 * category outside it, a target who is not a suspect or not exactly identified) starts
 * declined, so the reviewer only has to decide what is really open.
 */
export function initialDecisions(order: Order): Decision[] {
  return order.targets.flatMap((t) =>
    order.dataRequested.map((category) => {
      const declined = policyDeclines(t, category);
      return {
        target: targetKey(t.identifier),
        category,
        verdict: declined === null ? null : 'decline',
        reason: declined ?? '',
      };
    }),
  );
}

export interface ReviewProblem {
  path: string;
  message: string;
}

const checkName = (key: CheckKey) => CHECK_LABELS[key].title.toLowerCase();

/** Did the reviewer choose a different result than the policy engine? */
export function isOverride(review: Review, verdict: Verdict, key: CheckKey): boolean {
  const result = review.checks[key].result;
  return result !== null && result !== verdict.checks[key].result;
}

/** What stands between the review's checks and a sign-off: unresolved, unjustified or final. */
export function checkProblems(
  review: Review,
  verdict: Verdict,
  verification: VerificationStatus,
): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  for (const key of CHECK_KEYS) {
    const check = review.checks[key];
    const engine = verdict.checks[key].result;
    const path = `checks.${key}`;
    if (verdict.checks[key].overridable === false && engine === 'fail' && check.result !== 'fail') {
      problems.push({
        path,
        message: `The ${checkName(key)} check cannot be overridden: the policy forbids any disclosure here. ${verdict.checks[key].reason}`,
      });
    } else if (check.result === null || check.result === 'needs_review') {
      problems.push({ path, message: `The ${checkName(key)} check is not resolved.` });
    } else if (check.result !== engine && check.note.trim() === '') {
      problems.push({
        path,
        message: `Overriding the policy engine on the ${checkName(key)} check needs a written justification.`,
      });
    }
  }
  const authenticity = review.checks.authenticity.result;
  if (authenticity === 'pass' && verification.denied) {
    problems.push({
      path: 'checks.authenticity',
      message: 'The authority denied issuing this order when called back; it cannot pass.',
    });
  } else if (
    authenticity === 'pass' &&
    verification.secondPersonReasons.length > 0 &&
    !verification.confirmed
  ) {
    problems.push({
      path: 'checks.authenticity',
      message: `Authenticity can pass only after a call-back to the directory's contact, confirmed and recorded by someone other than the reviewer, because ${verification.secondPersonReasons.join(' and ')}.`,
    });
  }
  return problems;
}

/** What the sign-off decides: everything disclosed, some of it, or nothing. */
export function reviewOutcome(decisions: readonly Decision[]): Outcome {
  const disclosed = decisions.filter((d) => d.verdict === 'disclose').length;
  if (disclosed === 0) return 'refuse';
  return disclosed === decisions.length ? 'disclose' : 'partial';
}
