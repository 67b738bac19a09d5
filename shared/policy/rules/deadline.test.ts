import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../business-calendar';
import { CURRENT_SEED_POLICY } from '../seed';
import { evaluate } from '../testing/fixtures';

const EPOC = {
  instrument: 'european_production_order',
  route: 'e_evidence',
  authority: { name: 'Rechtbank Den Haag', country: 'NL', kind: 'court' },
} as const;

describe('deadline check', () => {
  it.each([
    [
      'French domestic order: 10 business days',
      {},
      '2026-11-18T09:00:00Z',
      '2026-11-30T10:00:00.000Z',
      'pass',
      'deadline/domestic',
    ],
    [
      'EPOC: 10 calendar days',
      EPOC,
      '2026-11-18T09:00:00Z',
      '2026-11-26T10:00:00.000Z',
      'pass',
      'deadline/e_evidence',
    ],
    [
      'EPOC in an emergency: 8 hours',
      { ...EPOC, emergency: true },
      '2026-11-16T12:00:00Z',
      '2026-11-16T18:00:00.000Z',
      'pass',
      'deadline/e_evidence',
    ],
    [
      'domestic emergency: 24 hours',
      { emergency: true },
      '2026-11-16T12:00:00Z',
      '2026-11-17T10:00:00.000Z',
      'pass',
      'deadline/domestic',
    ],
    [
      'German order over Christmas: holidays are skipped',
      {
        receivedAt: '2026-12-22T10:00:00Z',
        authority: { name: 'Amtsgericht Frankfurt am Main', country: 'DE', kind: 'court' },
      },
      '2026-12-22T12:00:00Z',
      '2027-01-07T10:00:00.000Z',
      'pass',
      'deadline/domestic',
    ],
    [
      'mutual legal assistance: 20 business days',
      { route: 'mlat' },
      '2026-11-18T09:00:00Z',
      '2026-12-14T10:00:00.000Z',
      'pass',
      'deadline/mlat',
    ],
    [
      'an EPOC received before the Regulation applies gets the default deadline',
      {
        ...EPOC,
        receivedAt: '2026-07-15T09:00:00Z',
        ipWindow: { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' },
      },
      '2026-07-16T09:00:00Z',
      '2026-07-29T09:00:00.000Z',
      'pass',
      'deadline/default',
    ],
    [
      'overdue',
      {},
      '2026-12-01T09:00:00Z',
      '2026-11-30T10:00:00.000Z',
      'fail',
      'deadline/domestic',
    ],
    [
      'an unprofiled jurisdiction gets the default deadline',
      { authority: { name: 'Juzgado Federal', country: 'MX', kind: 'court' } },
      '2026-11-18T09:00:00Z',
      '2026-11-30T10:00:00.000Z',
      'pass',
      'deadline/default',
    ],
    [
      'a count into 2028 uses the computed holidays',
      {
        receivedAt: '2027-12-20T10:00:00Z',
        ipWindow: { from: '2027-09-01T00:00:00Z', to: '2027-10-01T00:00:00Z' },
      },
      '2027-12-21T09:00:00Z',
      '2028-01-03T10:00:00.000Z',
      'pass',
      'deadline/domestic',
    ],
    [
      'a count over Easter 2031 skips Easter Monday',
      {
        receivedAt: '2031-04-10T10:00:00Z',
        ipWindow: { from: '2031-01-01T00:00:00Z', to: '2031-02-01T00:00:00Z' },
      },
      '2031-04-11T09:00:00Z',
      '2031-04-25T10:00:00.000Z',
      'pass',
      'deadline/domestic',
    ],
  ] as const)('%s → %s', (_name, overrides, now, dueAt, result, rule) => {
    const verdict = evaluate({ ...overrides }, undefined, { now });
    expect(verdict.dueAt).toBe(dueAt);
    expect(verdict.checks.deadline.result).toBe(result);
    expect(verdict.checks.deadline.rule).toBe(rule);
    expect(verdict.isOverdue).toBe(result === 'fail');
  });

  it('flags a due date less than 24 hours away', () => {
    const verdict = evaluate({ emergency: true }, undefined, { now: '2026-11-16T12:00:00Z' });
    expect(verdict.dueWithin24h).toBe(true);
    expect(verdict.checks.deadline.reason).toContain('Less than 24 hours remain.');
    expect(evaluate().dueWithin24h).toBe(false);
  });

  it('states the due date and how it was counted', () => {
    expect(evaluate().checks.deadline.reason).toMatch(
      /^Due by 30 November 2026, 10:00 UTC: 10 business days in France \(FR\) after receipt on 16 November 2026, by the deadline of the domestic-order route from France \(FR\)/,
    );
  });

  it('says when it is overdue', () => {
    const verdict = evaluate({}, undefined, { now: '2026-12-01T09:00:00Z' });
    expect(verdict.checks.deadline.reason).toMatch(
      /^Overdue: the answer was due by 30 November 2026, 10:00 UTC/,
    );
  });

  it('mentions an earlier deadline the authority asks for', () => {
    const verdict = evaluate({ respondBy: '2026-11-20T17:00:00Z' });
    expect(verdict.dueAt).toBe('2026-11-30T10:00:00.000Z');
    expect(verdict.checks.deadline.reason).toContain(
      'The authority asks for an answer earlier, by 20 November 2026, 17:00 UTC.',
    );
  });

  it('asks a reviewer to confirm a count beyond a calendar listed by date', () => {
    const listed: BusinessCalendar = {
      id: 'calendar/fr',
      timeZone: 'Europe/Paris',
      weekendDays: [0, 6],
      holidays: [{ date: '2027-12-25', name: 'Noël' }],
      coverage: { from: '2025-01-01', to: '2027-12-31' },
      sources: [{ title: 'Holidays listed by hand' }],
    };
    const policy = {
      ...CURRENT_SEED_POLICY,
      jurisdictions: CURRENT_SEED_POLICY.jurisdictions.map((j) =>
        j.country === 'FR' && j.status === 'answered' ? { ...j, calendar: listed } : j,
      ),
    };
    const verdict = evaluate(
      {
        receivedAt: '2027-12-20T10:00:00Z',
        ipWindow: { from: '2027-09-01T00:00:00Z', to: '2027-10-01T00:00:00Z' },
      },
      policy,
      { now: '2027-12-21T09:00:00Z' },
    );
    expect(verdict.checks.deadline.result).toBe('needs_review');
    expect(verdict.checks.deadline.reason).toContain(
      'lists holidays only from 1 January 2025 to 31 December 2027',
    );
  });
});
