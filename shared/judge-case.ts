// Shared so that the renderer (offline, instantly) and the server (authoritatively) judge alike.
import type { Order } from './order';
import { evaluateOrder, type Verdict } from './policy';
import type { PolicyRecord } from './policy-record';
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
