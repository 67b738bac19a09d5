import { describe, expect, it } from 'vitest';
import { allowedActions } from './allowed-actions';

const UNHELD = { assigneeId: null, assigneeName: null };

describe('allowedActions', () => {
  it('offers a supervisor approval and return of a signed-off case', () => {
    expect(allowedActions('signed_off', 'supervisor', 'disclose', null, UNHELD, 'me')).toEqual([
      'approve',
      'return',
    ]);
  });

  it('withholds approval when four eyes forbid it', () => {
    expect(
      allowedActions('signed_off', 'supervisor', 'disclose', 'You signed off', UNHELD, 'me'),
    ).toEqual(['return']);
  });

  it('offers nothing to an auditor', () => {
    expect(allowedActions('in_review', 'auditor', null, null, UNHELD, 'me')).toEqual([]);
  });

  it('offers the supervisor the answer that fits the approved decision', () => {
    expect(allowedActions('approved', 'supervisor', 'disclose', null, UNHELD, 'me')).toEqual([
      'record_disclosure',
    ]);
    expect(allowedActions('approved', 'reviewer', 'disclose', null, UNHELD, 'me')).toEqual([]);
    expect(allowedActions('approved', 'supervisor', 'refuse', null, UNHELD, 'me')).toEqual([
      'record_refusal',
    ]);
  });

  it('offers the review only to its holder, and the claim only when nobody holds it', () => {
    const held = { assigneeId: 'rita', assigneeName: 'Rita Reviewer' };
    expect(allowedActions('in_review', 'reviewer', null, null, held, 'rita')).toEqual([
      'save_review',
      'request_information',
      'sign_off',
      'record_verification',
      'release',
    ]);
    expect(allowedActions('in_review', 'reviewer', null, null, held, 'remy')).toEqual([
      'record_verification',
    ]);
    expect(allowedActions('in_review', 'reviewer', null, null, UNHELD, 'remy')).toEqual([
      'record_verification',
      'claim',
    ]);
    expect(allowedActions('in_review', 'supervisor', null, null, held, 'sam')).toEqual([
      'record_verification',
      'assign',
    ]);
  });
});
