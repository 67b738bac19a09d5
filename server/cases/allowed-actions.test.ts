import { describe, expect, it } from 'vitest';
import { allowedActions } from './allowed-actions';

describe('allowedActions', () => {
  it('offers a supervisor approval and return of a signed-off case', () => {
    expect(allowedActions('signed_off', 'supervisor', 'disclose', null)).toEqual([
      'approve',
      'return',
    ]);
  });

  it('withholds approval when four eyes forbid it', () => {
    expect(allowedActions('signed_off', 'supervisor', 'disclose', 'You signed off')).toEqual([
      'return',
    ]);
  });

  it('offers nothing to an auditor', () => {
    expect(allowedActions('in_review', 'auditor', null, null)).toEqual([]);
  });

  it('offers the supervisor the answer that fits the approved decision', () => {
    expect(allowedActions('approved', 'supervisor', 'disclose', null)).toEqual([
      'record_disclosure',
    ]);
    expect(allowedActions('approved', 'reviewer', 'disclose', null)).toEqual([]);
    expect(allowedActions('approved', 'supervisor', 'refuse', null)).toEqual(['record_refusal']);
  });
});
