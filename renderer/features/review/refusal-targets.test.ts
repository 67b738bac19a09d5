import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/review';
import { controlFor, refusalsByControl } from './refusal-targets';

const decisions: Decision[] = [
  { target: 'username:@fastcash_invest', category: 'ip_addresses', verdict: null, reason: '' },
  { target: 'phone:+33612345678', category: 'phone_number', verdict: 'disclose', reason: '' },
];

describe('where a refusal is shown', () => {
  it('puts a check’s problem beside that check', () => {
    expect(controlFor('checks.authenticity', decisions)).toEqual({
      kind: 'check',
      key: 'authenticity',
    });
  });

  it('puts an item’s problem beside its decision, by key or by position', () => {
    expect(controlFor('decisions.phone:+33612345678.phone_number', decisions)).toEqual({
      kind: 'decision',
      index: 1,
    });
    expect(controlFor('args.review.decisions.0.verdict', decisions)).toEqual({
      kind: 'decision',
      index: 0,
    });
  });

  it('puts anything else beside the sign-off button, grouped in order', () => {
    const grouped = refusalsByControl(
      [
        { path: 'policy', message: 'A' },
        { path: 'checks.scope', message: 'B' },
        { path: 'decisions.unknown:x.ip_addresses', message: 'C' },
      ],
      decisions,
    );
    expect([...grouped.entries()]).toEqual([
      ['sign-off-panel', ['A', 'C']],
      ['check-scope', ['B']],
    ]);
  });
});
