import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES } from '../../order';
import { evaluate } from '../testing/fixtures';

const EPOC_BY_PROSECUTOR = {
  instrument: 'european_production_order',
  route: 'e_evidence',
  authority: { name: 'Parquet du tribunal judiciaire de Paris', country: 'FR', kind: 'prosecutor' },
} as const;

describe('scope check', () => {
  it.each([
    ['IP addresses within a window and the phone number', {}, 'pass', 'scope/ip-and-phone'],
    [
      'the phone number alone',
      { dataRequested: ['phone_number'], ipWindow: undefined },
      'pass',
      'scope/ip-and-phone',
    ],
    ['message content alone', { dataRequested: ['message_content'] }, 'fail', 'scope/ip-and-phone'],
    [
      'IP addresses and message content: content declined, the rest in scope',
      { dataRequested: ['ip_addresses', 'message_content'] },
      'pass',
      'scope/ip-and-phone',
    ],
    [
      'IP addresses without a window',
      { dataRequested: ['ip_addresses'], ipWindow: undefined },
      'fail',
      'scope/ip-window',
    ],
    [
      'IP addresses without a window next to the phone number',
      { ipWindow: undefined },
      'needs_review',
      'scope/ip-window',
    ],
    [
      'a window ending after the order was received',
      {
        dataRequested: ['ip_addresses'],
        ipWindow: { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' },
      },
      'fail',
      'scope/ip-window',
    ],
    [
      'a window longer than 365 days',
      {
        dataRequested: ['ip_addresses'],
        ipWindow: { from: '2024-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      },
      'fail',
      'scope/ip-window',
    ],
    [
      'a window of exactly 365 days',
      {
        dataRequested: ['ip_addresses'],
        ipWindow: { from: '2025-10-01T00:00:00Z', to: '2026-10-01T00:00:00Z' },
      },
      'pass',
      'scope/ip-and-phone',
    ],
    [
      'a prosecutor’s EPOC for IP addresses, which must be solely to identify the user',
      EPOC_BY_PROSECUTOR,
      'needs_review',
      'fr/e_evidence/prosecutor',
    ],
    [
      'a prosecutor’s EPOC stating the IP addresses are solely to identify the user',
      { ...EPOC_BY_PROSECUTOR, epoc: { ipSolelyForIdentification: true } },
      'pass',
      'scope/ip-and-phone',
    ],
    [
      'a prosecutor’s EPOC stating the IP addresses are for more than identification',
      {
        ...EPOC_BY_PROSECUTOR,
        dataRequested: ['ip_addresses'],
        epoc: { ipSolelyForIdentification: false },
      },
      'fail',
      'fr/e_evidence/prosecutor',
    ],
    [
      'a court’s EPOC for IP addresses, with or without the statement',
      {
        ...EPOC_BY_PROSECUTOR,
        authority: { name: 'Tribunal judiciaire de Paris', country: 'FR', kind: 'court' },
        epoc: { ipSolelyForIdentification: false },
      },
      'pass',
      'scope/ip-and-phone',
    ],
    [
      'a prosecutor’s EPOC for the phone number',
      { ...EPOC_BY_PROSECUTOR, dataRequested: ['phone_number'], ipWindow: undefined },
      'pass',
      'scope/ip-and-phone',
    ],
  ] as const)('%s → %s', (_name, overrides, result, rule) => {
    const check = evaluate({ ...overrides }).checks.scope;
    expect(check.result).toBe(result);
    expect(check.rule).toBe(rule);
  });

  it.each(DATA_CATEGORIES.filter((c) => c !== 'ip_addresses' && c !== 'phone_number'))(
    '%s is declined as outside the policy',
    (category) => {
      const check = evaluate({ dataRequested: ['phone_number', category] }).checks.scope;
      const detail = check.details.find((d) => d.kind === 'category' && d.category === category);
      expect(detail?.result).toBe('fail');
      expect(detail?.reason).toMatch(/^Declined as outside the policy: /);
      expect(check.result).toBe('pass');
      expect(check.reason).toContain('Declined as outside the policy');
    },
  );

  it('tells why a prosecutor’s IP addresses pass on the certificate’s statement', () => {
    const check = evaluate({ ...EPOC_BY_PROSECUTOR, epoc: { ipSolelyForIdentification: true } })
      .checks.scope;
    const ip = check.details.find((d) => d.kind === 'category' && d.category === 'ip_addresses');
    expect(ip).toMatchObject({ result: 'pass', rule: 'fr/e_evidence/prosecutor' });
    expect(ip?.reason).toContain('and the certificate states that they are');
  });

  it('names the window it allows', () => {
    expect(evaluate().checks.scope.reason).toBe(
      'Within scope: IP addresses (1 September 2026, 00:00 UTC to 1 October 2026, 00:00 UTC) and the phone number.',
    );
  });

  it('asks the authority to narrow a window that is too long', () => {
    const check = evaluate({
      dataRequested: ['ip_addresses'],
      ipWindow: { from: '2024-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    }).checks.scope;
    expect(check.reason).toContain('spans 731 days; at most 365 days may be disclosed');
  });
});
