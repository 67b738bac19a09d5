import type { Order } from '../../shared/order';
import {
  CHECK_KEYS,
  emptyChecks,
  initialDecisions,
  type CheckKey,
  type Review,
} from '../../shared/review';
import type { DemoOffence } from './demo-offences';
import type { SeededRandom } from './seeded-random';

const JUDICIAL = new Set(['court_order', 'warrant', 'judges_order']);

const PASS_NOTES: Record<CheckKey, string> = {
  instrument: 'Signed order of a judge.',
  jurisdiction: 'Competent authority; route accepted for this country.',
  suspect: 'Every target is named as a suspect by an exact identifier.',
  tos_violation: 'The offence is prohibited by the Terms of Service.',
  scope: 'Only IP addresses within the window and phone numbers.',
  authenticity: 'Verified by call-back to the registry number of the authority.',
};

/** The checks this order fails, with the note a reviewer would write. */
function failedChecks(order: Order, offence: DemoOffence): Partial<Record<CheckKey, string>> {
  const failed: Partial<Record<CheckKey, string>> = {};
  if (!JUDICIAL.has(order.instrument)) {
    failed.instrument = `A ${order.instrument.replaceAll('_', ' ')} without a judge's order is not a valid instrument.`;
  }
  const notSuspect = order.targets.find((t) => t.status !== 'suspect');
  if (notSuspect) {
    failed.suspect = `${notSuspect.identifier.value} is named as ${notSuspect.status.replaceAll('_', ' ')}, not as a suspect.`;
  }
  if (!offence.violatesTerms) {
    failed.tos_violation = `"${offence.description}" is not prohibited by the Terms of Service.`;
  }
  return failed;
}

/** The review as a careful reviewer completes it: disclosure only where every rule allows. */
export function completedReview(order: Order, offence: DemoOffence): Review {
  const failed = failedChecks(order, offence);
  const sound = Object.keys(failed).length === 0;
  const checks = emptyChecks();
  for (const key of CHECK_KEYS) {
    const note = failed[key];
    checks[key] = note ? { result: 'fail', note } : { result: 'pass', note: PASS_NOTES[key] };
  }
  const decisions = initialDecisions(order).map((d) => {
    if (d.verdict !== null) return d;
    if (!sound) return { ...d, verdict: 'decline' as const, reason: 'The order fails the checks.' };
    if (d.category === 'ip_addresses' && !order.ipWindow) {
      return { ...d, verdict: 'decline' as const, reason: 'The order names no time window.' };
    }
    return { ...d, verdict: 'disclose' as const, reason: '' };
  });
  return { checks, decisions };
}

export function partialReview(r: SeededRandom, order: Order): Review {
  const checks = emptyChecks();
  const done = r.int(0, CHECK_KEYS.length - 1);
  for (const key of CHECK_KEYS.slice(0, done)) {
    checks[key] = { result: 'pass', note: PASS_NOTES[key] };
  }
  return { checks, decisions: initialDecisions(order) };
}
