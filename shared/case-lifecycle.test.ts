import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_STATUSES, availableActions, transition } from './case-lifecycle';
import { ROLES } from './roles';

describe('case lifecycle', () => {
  it('follows the designed path from receipt to an approved disclosure', () => {
    const steps = [
      ['received', 'start_review', 'reviewer', 'in_review'],
      ['in_review', 'request_information', 'reviewer', 'awaiting_information'],
      ['awaiting_information', 'resume_review', 'reviewer', 'in_review'],
      ['in_review', 'sign_off', 'reviewer', 'signed_off'],
      ['signed_off', 'return', 'supervisor', 'returned'],
      ['returned', 'reopen', 'reviewer', 'in_review'],
      ['signed_off', 'approve', 'supervisor', 'approved'],
    ] as const;
    for (const [from, action, role, to] of steps) {
      expect(transition(from, action, role, 'disclose')).toEqual({ ok: true, to });
    }
    expect(transition('approved', 'record_disclosure', 'supervisor', 'partial')).toEqual({
      ok: true,
      to: 'disclosed',
    });
    expect(transition('disclosed', 'close', 'supervisor', 'partial')).toEqual({
      ok: true,
      to: 'closed',
    });
  });

  it('sends an approved refusal to refused, never to disclosed', () => {
    expect(transition('approved', 'record_refusal', 'supervisor', 'refuse')).toEqual({
      ok: true,
      to: 'refused',
    });
    expect(transition('approved', 'record_disclosure', 'supervisor', 'refuse').ok).toBe(false);
    expect(transition('approved', 'record_refusal', 'supervisor', 'disclose').ok).toBe(false);
  });

  it('never lets a reviewer, admin or auditor approve', () => {
    for (const role of ['reviewer', 'admin', 'auditor'] as const) {
      expect(transition('signed_off', 'approve', role, 'disclose')).toMatchObject({
        ok: false,
        reason: 'forbidden',
      });
    }
  });

  it('refuses skipping the sign-off', () => {
    expect(transition('in_review', 'approve', 'supervisor', 'disclose')).toMatchObject({
      ok: false,
      reason: 'invalid_transition',
    });
    expect(transition('received', 'sign_off', 'reviewer', null)).toMatchObject({
      ok: false,
      reason: 'invalid_transition',
    });
  });

  it('lets nothing leave a closed case', () => {
    for (const role of ROLES) {
      expect(availableActions('closed', role, 'disclose')).toEqual([]);
    }
  });

  it('is total over every status, action and role', () => {
    for (const status of CASE_STATUSES)
      for (const action of CASE_ACTIONS)
        for (const role of ROLES) {
          const result = transition(status, action, role, null);
          if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        }
  });
});
