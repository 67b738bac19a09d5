import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/review';
import { blockerList } from './blocker-list';

const decisions: Decision[] = [
  { target: 'username:@fastcash_invest', category: 'ip_addresses', verdict: null, reason: '' },
  { target: 'user_id:5012345678', category: 'phone_number', verdict: 'decline', reason: '' },
];

describe('blockerList', () => {
  it('lists each problem once, named by its row, checks before decisions before the rest', () => {
    const unresolved = 'The scope check is not resolved.';
    expect(
      blockerList(
        [
          { path: 'policy', message: 'The policy is not loaded.' },
          { path: 'decisions.user_id:5012345678.phone_number', message: 'Needs a reason.' },
          { path: 'checks.scope', message: unresolved },
          { path: 'checks.scope', message: unresolved },
          { path: 'decisions.username:@fastcash_invest.ip_addresses', message: 'No decision.' },
          { path: 'checks.instrument', message: 'The instrument check is not resolved.' },
        ],
        decisions,
      ),
    ).toEqual([
      { rowId: 'check-scope', row: 'Scope', message: unresolved },
      {
        rowId: 'check-instrument',
        row: 'Instrument',
        message: 'The instrument check is not resolved.',
      },
      {
        rowId: 'decision-row-1',
        row: 'Phone number of user id 5012345678',
        message: 'Needs a reason.',
      },
      { rowId: 'decision-row-0', row: 'IP addresses of @fastcash_invest', message: 'No decision.' },
      { rowId: 'sign-off-panel', row: 'Sign-off', message: 'The policy is not loaded.' },
    ]);
  });

  it('keeps the same message on two different rows', () => {
    const both = blockerList(
      [
        { path: 'decisions.0', message: 'No decision.' },
        { path: 'decisions.1', message: 'No decision.' },
      ],
      decisions,
    );
    expect(both.map((b) => b.rowId)).toEqual(['decision-row-0', 'decision-row-1']);
  });

  it('is empty when nothing stands in the way', () => {
    expect(blockerList([], decisions)).toEqual([]);
  });
});
