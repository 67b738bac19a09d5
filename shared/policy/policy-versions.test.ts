import { describe, expect, it } from 'vitest';
import { POLICY_2018, POLICY_2024_09_23 } from './seed';
import { evaluate } from './testing/fixtures';

describe('the two seed policy versions', () => {
  it('decide a fraud order differently: grounds for disclosure since 2024, not under 2018', () => {
    const fraud = {
      offences: [{ category: 'fraud_scams', description: 'Investment fraud through a channel' }],
    };
    const now = evaluate(fraud, POLICY_2024_09_23);
    const then = evaluate(fraud, POLICY_2018);
    expect(now.checks.tos_violation.result).toBe('pass');
    expect(then.checks.tos_violation.result).toBe('fail');
    expect(then.checks.tos_violation.reason).toContain(
      'under policy 2018 only terrorism is grounds for disclosure',
    );
    expect(now.policyVersion).toBe('2024-09-23');
    expect(then.policyVersion).toBe('2018');
    for (const key of ['instrument', 'jurisdiction', 'suspect', 'scope'] as const) {
      expect(then.checks[key].result, key).toBe(now.checks[key].result);
    }
  });

  it('agree on a terrorism order under a court order', () => {
    const terror = { offences: [{ category: 'terrorism', description: 'Planning a bomb attack' }] };
    expect(evaluate(terror, POLICY_2024_09_23).checks.tos_violation.result).toBe('pass');
    expect(evaluate(terror, POLICY_2018).checks.tos_violation.result).toBe('pass');
  });

  it('both refuse protected speech', () => {
    const speech = { offences: [{ description: 'Insulting the president' }] };
    expect(evaluate(speech, POLICY_2024_09_23).checks.tos_violation.result).toBe('fail');
    expect(evaluate(speech, POLICY_2018).checks.tos_violation.result).toBe('fail');
  });
});
