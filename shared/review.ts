import { z } from 'zod';
import type { Outcome } from './case-lifecycle';
import { targetKey } from './identifiers';
import { DATA_CATEGORIES, isDisclosable, type DataCategory, type Order } from './order';
import type { Verdict } from './policy/verdict';
import { NO_VERIFICATION_NEEDED, type VerificationStatus } from './verification';

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

/**
 * One decision per target and requested category, in order. Categories the policy never
 * allows start declined, so the reviewer only has to decide what is really open.
 */
export function initialDecisions(order: Order): Decision[] {
  return order.targets.flatMap((t) =>
    order.dataRequested.map((category) =>
      isDisclosable(category)
        ? { target: targetKey(t.identifier), category, verdict: null, reason: '' }
        : {
            target: targetKey(t.identifier),
            category,
            verdict: 'decline',
            reason: OUT_OF_SCOPE_REASON,
          },
    ),
  );
}

export interface ReviewProblem {
  path: string;
  message: string;
}

const checkName = (key: CheckKey) => key.replace('_', ' ');

/** Did the reviewer choose a different result than the policy engine? */
export function isOverride(review: Review, verdict: Verdict, key: CheckKey): boolean {
  const result = review.checks[key].result;
  return result !== null && result !== verdict.checks[key].result;
}

function checkProblems(review: Review, verdict: Verdict, verification: VerificationStatus) {
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

/**
 * What stands between this review and a sign-off under the policy engine's `verdict`. The
 * server refuses a sign-off while this list is not empty; the renderer shows the same list
 * next to the button.
 */
export function signOffProblems(
  order: Order,
  review: Review,
  verdict: Verdict,
  verification: VerificationStatus = NO_VERIFICATION_NEEDED,
): ReviewProblem[] {
  const problems = checkProblems(review, verdict, verification);

  const byKey = new Map(review.decisions.map((d) => [`${d.target}|${d.category}`, d]));
  const allPass = CHECK_KEYS.every((k) => review.checks[k].result === 'pass');
  for (const target of order.targets) {
    const tKey = targetKey(target.identifier);
    for (const category of order.dataRequested) {
      const path = `decisions.${tKey}.${category}`;
      const d = byKey.get(`${tKey}|${category}`);
      if (!d || d.verdict === null) {
        problems.push({
          path,
          message: `No decision for ${category.replace('_', ' ')} of ${target.identifier.value}.`,
        });
        continue;
      }
      if (d.verdict === 'decline' && d.reason.trim() === '') {
        problems.push({
          path,
          message: `Declining ${category.replace('_', ' ')} of ${target.identifier.value} needs a reason.`,
        });
      }
      if (d.verdict === 'disclose') {
        problems.push(...disclosureProblems(order, target.status, tKey, category, allPass, path));
      }
    }
  }
  const expected = new Set(
    order.targets.flatMap((t) => order.dataRequested.map((c) => `${targetKey(t.identifier)}|${c}`)),
  );
  for (const d of review.decisions) {
    if (!expected.has(`${d.target}|${d.category}`)) {
      problems.push({
        path: 'decisions',
        message: `A decision names ${d.target} / ${d.category}, which the order does not request.`,
      });
    }
  }
  return problems;
}

function disclosureProblems(
  order: Order,
  status: Order['targets'][number]['status'],
  tKey: string,
  category: DataCategory,
  allChecksPass: boolean,
  path: string,
): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  if (!isDisclosable(category)) {
    problems.push({ path, message: `${category.replace('_', ' ')} may never be disclosed.` });
  }
  if (status !== 'suspect') {
    problems.push({
      path,
      message: `${tKey} is not named as a suspect; nothing about them may be disclosed.`,
    });
  }
  if (category === 'ip_addresses' && !order.ipWindow) {
    problems.push({
      path,
      message: 'IP addresses may be disclosed only within a time window the order names.',
    });
  }
  if (!allChecksPass) {
    problems.push({ path, message: 'Nothing may be disclosed unless every check passes.' });
  }
  return problems;
}

/** What the sign-off decides: everything disclosed, some of it, or nothing. */
export function reviewOutcome(decisions: readonly Decision[]): Outcome {
  const disclosed = decisions.filter((d) => d.verdict === 'disclose').length;
  if (disclosed === 0) return 'refuse';
  return disclosed === decisions.length ? 'disclose' : 'partial';
}
