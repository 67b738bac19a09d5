import { describe, expect, it } from 'vitest';
import type { TargetStatus } from '../../order';
import { evaluate } from '../testing/fixtures';

const target = (value: string, status: TargetStatus) => ({
  identifier: { kind: 'username' as const, value },
  status,
});

describe('suspect check', () => {
  it.each([
    ['suspect', 'pass'],
    ['witness', 'fail'],
    ['victim', 'fail'],
    ['person_of_interest', 'fail'],
    ['unspecified', 'fail'],
  ] as const)('a single target named as %s → %s', (status, result) => {
    const check = evaluate({ targets: [target('@target_one', status)] }).checks.suspect;
    expect(check.result).toBe(result);
    expect(check.rule).toBe('suspect/named-suspect');
    expect(check.details).toHaveLength(1);
    expect(check.details[0]?.result).toBe(result);
  });

  it('fails when any one of several targets is not a suspect, with a result per target', () => {
    const check = evaluate({
      targets: [
        target('@main_suspect', 'suspect'),
        target('@the_witness', 'witness'),
        { identifier: { kind: 'phone', value: '+33612345678' }, status: 'suspect' },
      ],
    }).checks.suspect;
    expect(check.result).toBe('fail');
    expect(check.details.map((d) => d.result)).toEqual(['pass', 'fail', 'pass']);
    expect(check.reason).toContain(
      '1 of 3 targets is not named as a suspect: @the_witness (a witness)',
    );
    expect(check.details[1]?.reason).toContain('nothing about this account may be disclosed');
  });

  it('passes when every target is a suspect', () => {
    const check = evaluate({
      targets: [target('@first_one', 'suspect'), target('@second_one', 'suspect')],
    }).checks.suspect;
    expect(check.result).toBe('pass');
    expect(check.reason).toContain('All 2 targets are named as a suspect');
  });
});
