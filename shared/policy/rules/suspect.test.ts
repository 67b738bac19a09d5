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

  it('passes for the suspects and blocks only the others, with a result per target', () => {
    const check = evaluate({
      targets: [
        target('@main_suspect', 'suspect'),
        target('@the_witness', 'witness'),
        { identifier: { kind: 'phone', value: '+33612345678' }, status: 'suspect' },
      ],
    }).checks.suspect;
    expect(check.result).toBe('pass');
    expect(check.details.map((d) => d.result)).toEqual(['pass', 'fail', 'pass']);
    expect(check.reason).toContain('2 of 3 targets are named as a suspect');
    expect(check.reason).toContain('Nothing may be disclosed about @the_witness (a witness)');
    expect(check.details[1]?.reason).toContain('nothing about this account may be disclosed');
  });

  it('fails when no target is a suspect', () => {
    const check = evaluate({
      targets: [target('@the_witness', 'witness'), target('@the_victim', 'victim')],
    }).checks.suspect;
    expect(check.result).toBe('fail');
    expect(check.reason).toContain('No target is named as a suspect');
  });

  it('flags a display name as an identifier that is not exact, even for a suspect', () => {
    const check = evaluate({
      targets: [
        target('@main_suspect', 'suspect'),
        { identifier: { kind: 'display_name', value: 'John Smith' }, status: 'suspect' },
      ],
    }).checks.suspect;
    expect(check.result).toBe('pass');
    const [, named] = check.details;
    expect(named).toMatchObject({ result: 'fail', exactIdentifier: false });
    expect(named?.reason).toContain('identifier not exact');
    const alone = evaluate({
      targets: [{ identifier: { kind: 'display_name', value: 'John Smith' }, status: 'suspect' }],
    }).checks.suspect;
    expect(alone.result).toBe('fail');
    expect(alone.reason).toContain('display name “John Smith” (identifier not exact)');
  });

  it('passes when every target is a suspect', () => {
    const check = evaluate({
      targets: [target('@first_one', 'suspect'), target('@second_one', 'suspect')],
    }).checks.suspect;
    expect(check.result).toBe('pass');
    expect(check.reason).toContain('All 2 targets are named as a suspect');
  });
});
