import { describe, expect, it } from 'vitest';
import exampleOrder from '../examples/order.json';
import { Order } from './order';
import { evaluateOrder, type Verdict } from './policy';
import { CURRENT_SEED_POLICY, SEED_AUTHORITY_DIRECTORY } from './policy/seed';
import {
  CHECK_KEYS,
  emptyChecks,
  initialDecisions,
  reviewOutcome,
  type CheckResult,
  type Checks,
  type Review,
} from './review';
import { signOffProblems as judgedProblems } from './release/sign-off-problems';
import { NO_VERIFICATION_NEEDED, type VerificationStatus } from './verification';

const signOffProblems = (
  target: Order,
  review: Review,
  verdict: Verdict,
  verification: VerificationStatus = NO_VERIFICATION_NEEDED,
) => judgedProblems(target, review, verdict, verification, CURRENT_SEED_POLICY);

const order = Order.parse(exampleOrder);

/** The engine's verdict on the example order, with each check's result set as a test needs. */
function verdictOf(result: CheckResult, target: Order = order): Verdict {
  const verdict = evaluateOrder(target, CURRENT_SEED_POLICY, {
    now: target.receivedAt,
    authorityDirectory: SEED_AUTHORITY_DIRECTORY,
  });
  for (const key of CHECK_KEYS) verdict.checks[key] = { ...verdict.checks[key], result };
  return verdict;
}
const passing = verdictOf('pass');

function allChecks(result: 'pass' | 'fail'): Checks {
  const checks = emptyChecks();
  for (const key of CHECK_KEYS) checks[key] = { result, note: result === 'fail' ? 'why' : '' };
  return checks;
}

function discloseAll(review: Review): Review {
  return {
    ...review,
    decisions: review.decisions.map((d) =>
      d.verdict === null ? { ...d, verdict: 'disclose', reason: '' } : d,
    ),
  };
}

describe('initial decisions', () => {
  it('opens one decision per target and requested category, declining what is out of scope', () => {
    const decisions = initialDecisions(order);
    expect(decisions).toHaveLength(order.targets.length * order.dataRequested.length);
    const content = decisions.filter((d) => d.category === 'message_content');
    expect(content.every((d) => d.verdict === 'decline' && d.reason.length > 0)).toBe(true);
    expect(decisions.filter((d) => d.verdict === null)).toHaveLength(4);
  });
});

describe('sign-off problems', () => {
  it('lists every unresolved check and open decision of a fresh review', () => {
    const problems = signOffProblems(
      order,
      { checks: emptyChecks(), decisions: initialDecisions(order) },
      passing,
    );
    expect(problems.filter((p) => p.path.startsWith('checks.'))).toHaveLength(6);
    expect(problems.filter((p) => p.path.startsWith('decisions.'))).toHaveLength(4);
  });

  it('accepts a complete review where every check passes', () => {
    const review = discloseAll({ checks: allChecks('pass'), decisions: initialDecisions(order) });
    expect(signOffProblems(order, review, passing)).toEqual([]);
    expect(reviewOutcome(review.decisions)).toBe('partial');
  });

  it('refuses a disclosure when any check failed', () => {
    const checks = allChecks('pass');
    checks.tos_violation = { result: 'fail', note: 'The offence is political speech.' };
    const review = discloseAll({ checks, decisions: initialDecisions(order) });
    const problems = signOffProblems(order, review, passing);
    expect(problems.some((p) => p.path.startsWith('decisions.'))).toBe(true);
    expect(
      problems.every(
        (p) => !p.path.startsWith('decisions.') || /may not be disclosed/.test(p.message),
      ),
    ).toBe(true);
  });

  it('accepts a reasoned refusal when a check failed', () => {
    const review: Review = {
      checks: allChecks('fail'),
      decisions: initialDecisions(order).map((d) => ({
        ...d,
        verdict: 'decline',
        reason: d.reason || 'Police letter, not a judicial order.',
      })),
    };
    expect(signOffProblems(order, review, verdictOf('fail'))).toEqual([]);
    expect(reviewOutcome(review.decisions)).toBe('refuse');
  });

  it('never allows message content, a witness or IPs without a window', () => {
    const witnessOrder = Order.parse({
      ...exampleOrder,
      targets: [{ identifier: { kind: 'user_id', value: '42424242' }, status: 'witness' }],
      ipWindow: undefined,
    });
    const review: Review = {
      checks: allChecks('pass'),
      decisions: initialDecisions(witnessOrder).map((d) => ({
        ...d,
        verdict: 'disclose',
        reason: '',
      })),
    };
    const problems = signOffProblems(witnessOrder, review, verdictOf('pass', witnessOrder));
    const messages = problems.map((p) => p.message);
    expect(problems.map((p) => p.path)).toContain('decisions.2.verdict');
    expect(messages.some((m) => m.includes('Message content may never be disclosed'))).toBe(true);
    expect(messages.some((m) => m.includes('not as a suspect'))).toBe(true);
    expect(messages.some((m) => m.includes('within a time window the order names'))).toBe(true);
  });

  it('refuses decisions about targets or categories the order does not contain', () => {
    const review = discloseAll({ checks: allChecks('pass'), decisions: initialDecisions(order) });
    review.decisions.push({
      target: 'phone:+15550100',
      category: 'phone_number',
      verdict: 'disclose',
      reason: '',
    });
    expect(signOffProblems(order, review, passing).map((p) => p.path)).toEqual([
      `decisions.${review.decisions.length - 1}.target`,
    ]);
  });

  it('accepts a confirmation of the engine without a note, refuses an override without one', () => {
    const review = discloseAll({ checks: allChecks('pass'), decisions: initialDecisions(order) });
    const failing = verdictOf('pass');
    failing.checks.jurisdiction = { ...failing.checks.jurisdiction, result: 'fail' };
    expect(signOffProblems(order, review, failing)).toEqual([
      {
        path: 'checks.jurisdiction',
        message:
          'Overriding the policy engine on the jurisdiction and route check needs a written justification.',
      },
    ]);
    review.checks.jurisdiction.note = 'The MLAT request was forwarded by our own ministry.';
    expect(signOffProblems(order, review, failing)).toEqual([]);
  });

  it('keeps a check the engine cannot decide open until the reviewer resolves it', () => {
    const review = discloseAll({ checks: allChecks('pass'), decisions: initialDecisions(order) });
    review.checks.authenticity = { result: null, note: '' };
    const problems = signOffProblems(order, review, verdictOf('needs_review'));
    expect(problems.map((p) => p.path)).toContain('checks.authenticity');
    expect(problems.find((p) => p.path === 'checks.authenticity')?.message).toBe(
      'The authenticity check is not resolved.',
    );
    review.checks.authenticity = { result: 'needs_review', note: 'Waiting for the call-back.' };
    expect(signOffProblems(order, review, passing).map((p) => p.path)).toContain(
      'checks.authenticity',
    );
  });

  it('lets authenticity pass only after a second person confirmed by call-back, when required', () => {
    const review = discloseAll({ checks: allChecks('pass'), decisions: initialDecisions(order) });
    const required = {
      secondPersonReasons: ['it is an emergency request'],
      confirmed: false,
      denied: false,
    };
    expect(signOffProblems(order, review, passing, required).map((p) => p.path)).toEqual([
      'checks.authenticity',
    ]);
    expect(signOffProblems(order, review, passing, { ...required, confirmed: true })).toEqual([]);
    expect(
      signOffProblems(order, review, passing, { ...required, confirmed: true, denied: true }),
    ).toHaveLength(1);
  });
});

describe('checks no override can turn into a disclosure', () => {
  const evaluate = (target: Order) =>
    evaluateOrder(target, CURRENT_SEED_POLICY, {
      now: target.receivedAt,
      authorityDirectory: SEED_AUTHORITY_DIRECTORY,
    });
  const justified = (checks: Checks): Review => ({
    checks,
    decisions: initialDecisions(order).map((d) =>
      d.verdict === null ? { ...d, verdict: 'disclose', reason: '' } : d,
    ),
  });
  const overriddenToPass = (): Checks => {
    const checks = allChecks('pass');
    for (const key of CHECK_KEYS) checks[key].note = 'The reviewer is sure.';
    return checks;
  };

  it('refuses to let a reviewer pass protected speech, however justified', () => {
    const speech = Order.parse({
      ...exampleOrder,
      offences: [{ category: 'political_dissent', description: 'Criticised the government.' }],
    });
    const verdict = evaluate(speech);
    expect(verdict.checks.tos_violation).toMatchObject({ result: 'fail', overridable: false });
    const problems = signOffProblems(speech, justified(overriddenToPass()), verdict);
    expect(problems.map((p) => p.path)).toContain('checks.tos_violation');
    expect(problems.find((p) => p.path === 'checks.tos_violation')?.message).toMatch(
      /cannot be overridden/,
    );
  });

  it('refuses to let a reviewer answer a jurisdiction the platform does not answer', () => {
    const unanswered = Order.parse({
      ...exampleOrder,
      authority: { name: 'Tverskoy District Court of Moscow', country: 'RU', kind: 'court' },
    });
    const verdict = evaluate(unanswered);
    expect(verdict.checks.jurisdiction).toMatchObject({ result: 'fail', overridable: false });
    const problems = signOffProblems(unanswered, justified(overriddenToPass()), verdict);
    expect(problems.find((p) => p.path === 'checks.jurisdiction')?.message).toMatch(
      /cannot be overridden/,
    );
  });

  it('still lets the reviewer refuse such an order', () => {
    const speech = Order.parse({
      ...exampleOrder,
      offences: [{ category: 'political_dissent', description: 'Criticised the government.' }],
    });
    const verdict = evaluate(speech);
    const checks = allChecks('pass');
    checks.tos_violation = { result: 'fail', note: '' };
    const refusal: Review = {
      checks,
      decisions: initialDecisions(speech).map((d) => ({
        ...d,
        verdict: 'decline',
        reason: d.reason || 'Protected speech.',
      })),
    };
    const problems = signOffProblems(speech, refusal, verdict);
    expect(problems.filter((p) => p.path === 'checks.tos_violation')).toEqual([]);
  });
});
