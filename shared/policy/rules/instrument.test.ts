import { describe, expect, it } from 'vitest';
import { POLICY_2018 } from '../seed';
import { evaluate } from '../testing/fixtures';

const FR_PROSECUTOR = {
  name: 'Parquet du tribunal judiciaire de Paris',
  country: 'FR',
  kind: 'prosecutor',
} as const;

describe('instrument check', () => {
  it.each([
    ['a court order on the domestic route', {}, 'pass', 'fr/domestic'],
    ['a warrant', { instrument: 'warrant' }, 'pass', 'fr/domestic'],
    ['a judge’s order', { instrument: 'judges_order' }, 'pass', 'fr/domestic'],
    [
      'a European Production Order on the e-Evidence route after 18 August 2026',
      { instrument: 'european_production_order', route: 'e_evidence', authority: FR_PROSECUTOR },
      'pass',
      'fr/e_evidence',
    ],
    [
      'a European Production Order received before 18 August 2026 (Paris time)',
      {
        instrument: 'european_production_order',
        route: 'e_evidence',
        authority: FR_PROSECUTOR,
        receivedAt: '2026-08-17T21:00:00Z',
        ipWindow: { from: '2026-07-01T00:00:00Z', to: '2026-08-01T00:00:00Z' },
      },
      'fail',
      'fr/e_evidence',
    ],
    [
      'a European Production Order received just after midnight on 18 August 2026 in Paris',
      {
        instrument: 'european_production_order',
        route: 'e_evidence',
        authority: FR_PROSECUTOR,
        receivedAt: '2026-08-17T22:30:00Z',
        ipWindow: { from: '2026-07-01T00:00:00Z', to: '2026-08-01T00:00:00Z' },
      },
      'pass',
      'fr/e_evidence',
    ],
    [
      'a European Production Order sent on the domestic route',
      { instrument: 'european_production_order' },
      'fail',
      'instrument/european_production_order',
    ],
    [
      'a European Production Order from Denmark, which the Regulation does not bind',
      {
        instrument: 'european_production_order',
        route: 'e_evidence',
        authority: { name: 'Københavns Byret', country: 'DK', kind: 'court' },
      },
      'fail',
      'instrument/european_production_order',
    ],
    [
      'a European Production Order from a country without a profile',
      {
        instrument: 'european_production_order',
        route: 'e_evidence',
        authority: { name: 'Juzgado Federal', country: 'MX', kind: 'court' },
      },
      'needs_review',
      'instrument/european_production_order',
    ],
    [
      'a court order on the e-Evidence route, which needs a European Production Order',
      { route: 'e_evidence' },
      'fail',
      'fr/e_evidence',
    ],
    ['a police request', { instrument: 'police_request' }, 'fail', 'instrument/police_request'],
    ['a subpoena without a judge', { instrument: 'subpoena' }, 'fail', 'instrument/subpoena'],
    [
      'a police request marked as an emergency',
      { instrument: 'police_request', emergency: true },
      'needs_review',
      'instrument/police_request',
    ],
    [
      'an emergency request',
      { instrument: 'emergency_request', emergency: true },
      'needs_review',
      'instrument/emergency_request',
    ],
    [
      'an emergency request not flagged as one',
      { instrument: 'emergency_request' },
      'needs_review',
      'instrument/emergency_request',
    ],
    ['an unclassified instrument', { instrument: 'other' }, 'needs_review', 'instrument/other'],
  ] as const)('%s → %s', (_name, overrides, result, rule) => {
    const check = evaluate(overrides).checks.instrument;
    expect(check.result).toBe(result);
    expect(check.rule).toBe(rule);
    expect(check.reason).toMatch(/\.$/);
  });

  it('explains why a police letter is not enough, naming the instruments that are', () => {
    const { reason } = evaluate({ instrument: 'police_request' }).checks.instrument;
    expect(reason).toContain('A police request is not a judicial instrument');
    expect(reason).toContain('a court order, a warrant or a judge’s order');
    expect(reason).toContain('Telegram Privacy Policy, §8.3');
  });

  it('under the 2018 policy a European Production Order is never enough', () => {
    const check = evaluate(
      { instrument: 'european_production_order', route: 'e_evidence', authority: FR_PROSECUTOR },
      POLICY_2018,
    ).checks.instrument;
    expect(check.result).toBe('fail');
    expect(check.policyVersion).toBe('2018');
  });
});
