import { describe, expect, it } from 'vitest';
import { POLICY_2018 } from '../seed';
import { evaluate } from '../testing/fixtures';

const EPO = { instrument: 'european_production_order', route: 'e_evidence' } as const;

describe('jurisdiction check', () => {
  it.each([
    ['France, domestic, court', {}, 'pass', 'fr/domestic'],
    [
      'France, e-Evidence, prosecutor',
      { ...EPO, authority: { name: 'Parquet de Paris', country: 'FR', kind: 'prosecutor' } },
      'pass',
      'fr/e_evidence',
    ],
    [
      'France, e-Evidence, police',
      { ...EPO, authority: { name: 'OFAC', country: 'FR', kind: 'police' } },
      'fail',
      'fr/e_evidence',
    ],
    [
      'France, domestic, prosecutor',
      { authority: { name: 'Parquet de Paris', country: 'FR', kind: 'prosecutor' } },
      'fail',
      'fr/domestic',
    ],
    [
      'France, domestic, police',
      { authority: { name: 'Préfecture de police', country: 'FR', kind: 'police' } },
      'fail',
      'fr/domestic',
    ],
    [
      'France, e-Evidence before 18 August 2026',
      {
        ...EPO,
        receivedAt: '2026-07-10T09:00:00Z',
        ipWindow: { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' },
      },
      'fail',
      'fr/e_evidence',
    ],
    ['France, CLOUD Act route', { route: 'cloud_act' }, 'fail', 'jurisdiction/fr'],
    ['France, unspecified route', { route: 'other' }, 'fail', 'jurisdiction/fr'],
    [
      'Denmark, e-Evidence route',
      { ...EPO, authority: { name: 'Københavns Byret', country: 'DK', kind: 'court' } },
      'fail',
      'jurisdiction/dk',
    ],
    [
      'Denmark, DSA contact point, court',
      {
        route: 'dsa_contact_point',
        authority: { name: 'Københavns Byret', country: 'DK', kind: 'court' },
      },
      'pass',
      'dk/dsa_contact_point',
    ],
    [
      'United Kingdom, CLOUD Act route, court',
      {
        route: 'cloud_act',
        authority: { name: 'Southwark Crown Court', country: 'GB', kind: 'court' },
      },
      'pass',
      'gb/cloud_act',
    ],
    [
      'United States, CLOUD Act route, court',
      {
        route: 'cloud_act',
        authority: { name: 'U.S. District Court', country: 'US', kind: 'court' },
      },
      'pass',
      'us/cloud_act',
    ],
    [
      'Turkey, domestic route (only mutual legal assistance is accepted)',
      { authority: { name: 'Ankara Sulh Ceza Hakimliği', country: 'TR', kind: 'court' } },
      'fail',
      'jurisdiction/tr',
    ],
    [
      'Turkey, mutual legal assistance, court',
      {
        route: 'mlat',
        authority: { name: 'Ankara Sulh Ceza Hakimliği', country: 'TR', kind: 'court' },
      },
      'pass',
      'tr/mlat',
    ],
    [
      'Russia, not answered',
      { authority: { name: 'Tverskoy District Court', country: 'RU', kind: 'court' } },
      'fail',
      'jurisdiction/ru',
    ],
    [
      'Belarus, not answered',
      { route: 'mlat', authority: { name: 'Minsk City Court', country: 'BY', kind: 'court' } },
      'fail',
      'jurisdiction/by',
    ],
    [
      'Mexico, no profile',
      { authority: { name: 'Juzgado Federal', country: 'MX', kind: 'court' } },
      'needs_review',
      'jurisdiction/unprofiled',
    ],
  ] as const)('%s → %s', (_name, overrides, result, rule) => {
    const check = evaluate(overrides).checks.jurisdiction;
    expect(check.result).toBe(result);
    expect(check.rule).toBe(rule);
  });

  it('gives the reason a jurisdiction is not answered', () => {
    const { reason } = evaluate({
      authority: { name: 'Tverskoy District Court', country: 'RU', kind: 'court' },
    }).checks.jurisdiction;
    expect(reason).toMatch(/^The platform does not answer orders from Russian Federation \(RU\): /);
    expect(reason).toContain('European Convention on Human Rights');
  });

  it('names the kinds of authority the route requires', () => {
    const { reason } = evaluate({
      authority: { name: 'Parquet de Paris', country: 'FR', kind: 'prosecutor' },
    }).checks.jurisdiction;
    expect(reason).toContain('must be issued by a court or an investigating judge');
    expect(reason).toContain('this one was issued by a prosecutor');
  });

  it('under the 2018 policy the e-Evidence route does not exist', () => {
    const check = evaluate(
      { ...EPO, authority: { name: 'Parquet de Paris', country: 'FR', kind: 'prosecutor' } },
      POLICY_2018,
    ).checks.jurisdiction;
    expect(check.result).toBe('fail');
    expect(check.reason).toContain('is not accepted for France (FR)');
  });
});
