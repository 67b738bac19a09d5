// Shared so that the renderer (offline, instantly) and the server (authoritatively) judge alike.
import type { Order } from './order';
import { evaluateOrder, type Verdict } from './policy';
import type { PolicyRecord } from './policy-record';
import { judgeItems, type ItemJudgement } from './release/releasable-items';
import { signOffProblems } from './release/sign-off-problems';
import type { Review, ReviewProblem } from './review';
import {
  engineVerifications,
  verificationStatus,
  type CaseVerification,
  type VerificationStatus,
} from './verification';

/** The engine's verdict on a case and where its out-of-band verification stands. */
export function judgeCase(
  order: Order,
  policy: PolicyRecord,
  verifications: readonly CaseVerification[],
  now: Date,
): { verdict: Verdict; verification: VerificationStatus } {
  const directory = policy.authorityDirectory;
  return {
    verdict: evaluateOrder(order, policy.policy, {
      now: now.toISOString(),
      authorityDirectory: directory,
      verifications: engineVerifications(order, directory, verifications),
    }),
    verification: verificationStatus(order, directory, verifications),
  };
}

/**
 * The call-backs as they count for a sign-off by these people: one recorded by the case's
 * reviewer or by whoever signs it off is shown but does not count, and neither does one the
 * service already found was recorded by someone who took part in the review.
 */
export function countedFor(
  verifications: readonly CaseVerification[],
  reviewers: readonly (string | null)[],
): CaseVerification[] {
  return verifications.map((v) => ({
    ...v,
    secondPerson: v.secondPerson && !reviewers.includes(v.recordedById),
  }));
}

export interface SignOffJudgement {
  verdict: Verdict;
  verification: VerificationStatus;
  /** Every item the order requests, releasable or not and why. */
  items: ItemJudgement[];
  /** Empty when the service would accept the sign-off. */
  problems: ReviewProblem[];
}

/**
 * Whether `review` can be signed off by the people in `reviewers` (the case's reviewer and
 * whoever signs off): the one judgement the service enforces at sign-off and again at
 * approval, and the one the review screen shows before anyone presses the button.
 */
export function judgeSignOff(
  order: Order,
  review: Review,
  policy: PolicyRecord,
  verifications: readonly CaseVerification[],
  reviewers: readonly (string | null)[],
  now: Date,
): SignOffJudgement {
  const { verdict, verification } = judgeCase(
    order,
    policy,
    countedFor(verifications, reviewers),
    now,
  );
  return {
    verdict,
    verification,
    items: judgeItems(order, review, verdict, verification, policy.policy),
    problems: signOffProblems(order, review, verdict, verification, policy.policy),
  };
}
