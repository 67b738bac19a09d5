import { describe, expect, it } from 'vitest';
import { AuthorityDirectory } from '../authority-directory';
import { holidaysIn } from '../business-calendar';
import { PolicyVersion, policyInForce } from '../policy-version';
import {
  CURRENT_SEED_POLICY,
  EU_MEMBER_STATE_CODES,
  POLICY_2018,
  POLICY_2024_09_23,
  SEED_AUTHORITY_DIRECTORY,
  SEED_POLICIES,
} from '.';

const EU_27 = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];

function answered(policy: PolicyVersion) {
  return policy.jurisdictions.flatMap((j) => (j.status === 'answered' ? [j] : []));
}

describe('seed policies', () => {
  it.each(SEED_POLICIES.map((p) => [p.version, p] as const))(
    'version %s is valid policy data',
    (_v, policy) => {
      const parsed = PolicyVersion.safeParse(policy);
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    },
  );

  it('covers at least 40 jurisdictions, several of them not answered, each with its reason and sources', () => {
    const policy = CURRENT_SEED_POLICY;
    expect(policy.jurisdictions.length).toBeGreaterThanOrEqual(40);
    const refused = policy.jurisdictions.filter((j) => j.status === 'not_answered');
    expect(refused.map((j) => j.country).sort()).toEqual([
      'AF',
      'BY',
      'CN',
      'IR',
      'KP',
      'MM',
      'RU',
    ]);
    for (const j of refused) {
      if (j.status !== 'not_answered') continue;
      expect(j.reason.length).toBeGreaterThan(80);
      expect(j.sources.length).toBeGreaterThan(0);
    }
  });

  it('gives all 27 EU member states the e-Evidence route, except Denmark, which the Regulation does not bind', () => {
    expect([...EU_MEMBER_STATE_CODES].sort()).toEqual([...EU_27].sort());
    for (const country of EU_27) {
      const profile = answered(POLICY_2024_09_23).find((j) => j.country === country);
      const eEvidence = profile?.routes.find((r) => r.route === 'e_evidence');
      if (country === 'DK') {
        expect(eEvidence).toBeUndefined();
        continue;
      }
      expect(eEvidence).toMatchObject({
        instruments: ['european_production_order'],
        authorityKinds: ['court', 'investigating_judge', 'prosecutor'],
        availableFrom: '2026-08-18',
        deadline: { unit: 'calendar_days', amount: 10, emergencyHours: 8 },
      });
      expect(profile?.routes.map((r) => r.route)).toEqual(
        expect.arrayContaining(['domestic', 'mlat', 'dsa_contact_point']),
      );
    }
  });

  it('accepts the CLOUD Act route for the United States and the United Kingdom', () => {
    for (const country of ['US', 'GB']) {
      const profile = answered(POLICY_2024_09_23).find((j) => j.country === country);
      expect(profile?.routes.map((r) => r.route)).toContain('cloud_act');
    }
  });

  it(
    'computes public holidays for any year in every answered jurisdiction except Ukraine under martial law',
    { timeout: 60_000 },
    () => {
      for (const profile of answered(POLICY_2024_09_23)) {
        const { calendar } = profile;
        expect(calendar.weekendDays).toEqual([0, 6]);
        if (profile.country === 'UA') {
          expect(calendar.publicHolidays).toBeUndefined();
          expect(calendar.holidays).toEqual([]);
          expect(calendar.note).toContain('martial law');
          continue;
        }
        expect(calendar.publicHolidays?.country).toBe(profile.country);
        expect(calendar.coverage).toBeUndefined();
        for (const year of [2025, 2028, 2035, 2050]) {
          const days = holidaysIn(calendar, year);
          expect(days.length, `${profile.country} ${year}`).toBeGreaterThan(2);
          expect(days.every((d) => d.date.startsWith(`${year}-`))).toBe(true);
        }
        expect(
          holidaysIn(calendar, 2029).some(
            (h) => h.date === '2029-01-01' || profile.country === 'IN',
          ),
        ).toBe(true);
      }
    },
  );

  it('lists beside the computed holidays only corrections that cite their source', () => {
    for (const profile of answered(POLICY_2024_09_23)) {
      const spec = profile.calendar.publicHolidays;
      for (const change of [...(spec?.added ?? []), ...(spec?.removed ?? [])]) {
        expect(change.source.title.length, `${profile.country} ${change.name}`).toBeGreaterThan(0);
      }
      for (const day of profile.calendar.holidays) expect(day.source).toBeDefined();
    }
  });

  it('cites a public source for the baseline rule and the Terms of Service of each version', () => {
    for (const policy of SEED_POLICIES) {
      expect(policy.baselineRule.source.url).toMatch(/^https:\/\/telegram\.org\/privacy/);
      expect(policy.tosCatalog.termsOfService.url).toBe('https://telegram.org/tos');
    }
    expect(POLICY_2018.baselineRule.text).toContain('terror suspect');
    expect(POLICY_2024_09_23.baselineRule.text).toContain('violate the Terms of Service');
  });

  it('has a ToS catalog with the protected-speech and violation categories the policy names', () => {
    const byCode = new Map(POLICY_2024_09_23.tosCatalog.categories.map((c) => [c.code, c.status]));
    for (const code of [
      'political_dissent',
      'journalism',
      'blasphemy',
      'insulting_officials',
      'lgbt_expression',
      'peaceful_protest',
    ]) {
      expect(byCode.get(code), code).toBe('protected_speech');
    }
    for (const code of [
      'terrorism',
      'child_sexual_abuse',
      'fraud_scams',
      'drug_trafficking',
      'weapons_trafficking',
      'extortion',
      'threats_doxxing',
    ]) {
      expect(byCode.get(code), code).toBe('violation');
    }
    for (const category of POLICY_2024_09_23.tosCatalog.categories) {
      expect(category.keywords.length, category.code).toBeGreaterThan(0);
    }
  });

  it('picks the version in force on a date', () => {
    expect(policyInForce(SEED_POLICIES, '2020-01-01')?.version).toBe('2018');
    expect(policyInForce(SEED_POLICIES, '2024-09-22T23:00:00Z')?.version).toBe('2018');
    expect(policyInForce(SEED_POLICIES, '2024-09-23')?.version).toBe('2024-09-23');
    expect(policyInForce(SEED_POLICIES, '2017-01-01')).toBeUndefined();
  });
});

describe('seed authority directory', () => {
  it('is valid, about twenty entries, all marked as demonstration data with contacts that reach nobody', () => {
    const parsed = AuthorityDirectory.safeParse(SEED_AUTHORITY_DIRECTORY);
    expect(parsed.success).toBe(true);
    const { entries } = SEED_AUTHORITY_DIRECTORY;
    expect(entries.length).toBeGreaterThanOrEqual(20);
    for (const entry of entries) {
      expect(entry.demo).toBe(true);
      expect(entry.contact.email).toMatch(/\.example$/);
      expect(entry.contact.phone).toMatch(
        /^\+44 20 7946 0\d{3}$|^\+1 \d{3} 555 01\d{2}$|^\+61 2 5550 \d{4}$/,
      );
    }
  });
});
