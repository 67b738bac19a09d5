import { describe, expect, it } from 'vitest';
import type { AuthorityVerification } from '../evaluation-context';
import { BASE_ORDER, evaluate } from '../testing/fixtures';

const callBack = (overrides: Partial<AuthorityVerification> = {}): AuthorityVerification => ({
  orderReference: BASE_ORDER.reference,
  directoryEntryId: 'fr-tj-paris',
  channel: 'phone',
  contactUsed: '+44 20 7946 0101',
  verifiedAt: '2026-11-17T08:30:00Z',
  verifiedBy: 'A. Reviewer',
  outcome: 'confirmed',
  ...overrides,
});

describe('authenticity check', () => {
  it.each([
    ['a directory authority without a recorded call-back', {}, [], 'needs_review'],
    [
      'an authority missing from the directory',
      { authority: { name: 'Tribunal de commerce de Nanterre', country: 'FR', kind: 'court' } },
      [],
      'needs_review',
    ],
    ['a call-back through the directory’s phone', {}, [callBack()], 'pass'],
    [
      'a call-back through the directory’s email',
      {},
      [callBack({ channel: 'email', contactUsed: 'GREFFE-PENAL@tj-paris.example' })],
      'pass',
    ],
    [
      'a call-back to the number printed on the order',
      { authority: { ...BASE_ORDER.authority, contact: { phone: '+33 1 44 32 51 51' } } },
      [callBack({ contactUsed: '+33 1 44 32 51 51' })],
      'needs_review',
    ],
    [
      'a call-back recorded for another order',
      {},
      [callBack({ orderReference: 'OTHER-1' })],
      'needs_review',
    ],
    [
      'a call-back dated before the order arrived',
      {},
      [callBack({ verifiedAt: '2026-11-15T08:00:00Z' })],
      'needs_review',
    ],
    [
      'a call-back dated after now',
      {},
      [callBack({ verifiedAt: '2026-11-19T08:00:00Z' })],
      'needs_review',
    ],
    ['an authority that denies issuing the order', {}, [callBack({ outcome: 'denied' })], 'fail'],
    [
      'an emergency confirmed by call-back',
      { instrument: 'emergency_request', emergency: true },
      [callBack()],
      'pass',
    ],
  ] as const)('%s → %s', (_name, overrides, verifications, result) => {
    const check = evaluate({ ...overrides }, undefined, { verifications: [...verifications] })
      .checks.authenticity;
    expect(check.result).toBe(result);
    expect(check.rule).toBe('authenticity/call-back');
  });

  it('tells the reviewer whom to call, from the directory', () => {
    const check = evaluate().checks.authenticity;
    expect(check.reason).toContain(
      'Verify out of band by call-back to +44 20 7946 0101 or greffe-penal@tj-paris.example (directory entry fr-tj-paris)',
    );
    expect(check.details[0]).toMatchObject({
      kind: 'call_back',
      directoryEntryId: 'fr-tj-paris',
      phone: '+44 20 7946 0101',
      demo: true,
    });
  });

  it('matches the directory by name or alias, ignoring case and accents, but not by a near-miss name', () => {
    const byAlias = evaluate({
      authority: { name: 'PARIS JUDICIAL COURT', country: 'FR', kind: 'court' },
    });
    expect(byAlias.checks.authenticity.reason).toContain('is in the authority directory');
    const lookalike = evaluate({
      authority: { name: 'Tribunal judiciaire de Pariss', country: 'FR', kind: 'court' },
    });
    expect(lookalike.checks.authenticity.reason).toContain('is not in the authority directory');
    const wrongCountry = evaluate({
      authority: { name: 'Tribunal judiciaire de Paris', country: 'BE', kind: 'court' },
    });
    expect(wrongCountry.checks.authenticity.reason).toContain('is not in the authority directory');
  });

  it('warns when the order’s contact differs from the directory’s', () => {
    const { reason } = evaluate({
      authority: {
        ...BASE_ORDER.authority,
        contact: { email: 'tj-paris@gmail.com', phone: '+33 6 00 00 00 00' },
      },
    }).checks.authenticity;
    expect(reason).toContain(
      'The sender’s address is at a public mail provider (gmail.com), not the authority’s own domain: treat the order as possibly forged',
    );
    expect(reason).toContain(
      'The order’s phone number (+33 6 00 00 00 00) differs from the directory’s',
    );
  });

  it('warns about another mailbox at the directory’s own domain', () => {
    const { reason } = evaluate({
      authority: { ...BASE_ORDER.authority, contact: { email: 'juge.durand@tj-paris.example' } },
    }).checks.authenticity;
    expect(reason).toContain(
      'The order’s email address (juge.durand@tj-paris.example) differs from the directory’s',
    );
  });

  it('warns about a sender domain imitating the directory’s', () => {
    const { result, reason } = evaluate({
      authority: { ...BASE_ORDER.authority, contact: { email: 'greffe@xn--tj-pris-5fg.example' } },
    }).checks.authenticity;
    expect(result).toBe('needs_review');
    expect(reason).toContain(
      'The sender’s domain tj-pаris.example (written xn--tj-pris-5fg.example) imitates the directory’s domain tj-paris.example (written with look-alike characters)',
    );
  });

  it.each([
    [
      'an independently found number with its source',
      callBack({
        contactUsed: '+33 1 44 32 50 00',
        source: 'official_website',
        sourceReference: 'https://www.tribunal-paris.example/contact',
      }),
      'pass',
    ],
    [
      'an independently found number without its source',
      callBack({ contactUsed: '+33 1 44 32 50 00', source: 'registry' }),
      'needs_review',
    ],
    [
      'the order’s own number claimed as independently found',
      callBack({
        contactUsed: '+33 1 44 32 51 51',
        source: 'official_website',
        sourceReference: 'https://www.tribunal-paris.example/contact',
      }),
      'needs_review',
    ],
  ] as const)('counts %s → %s', (_name, verification, result) => {
    const check = evaluate(
      { authority: { ...BASE_ORDER.authority, contact: { phone: '+33 1 44 32 51 51' } } },
      undefined,
      { verifications: [verification] },
    ).checks.authenticity;
    expect(check.result).toBe(result);
  });

  it('names where an independently found number came from', () => {
    const { reason } = evaluate({}, undefined, {
      verifications: [
        callBack({
          contactUsed: '+33 1 44 32 50 00',
          source: 'registry',
          sourceReference: 'Annuaire des juridictions, entry TJ Paris',
        }),
      ],
    }).checks.authenticity;
    expect(reason).toContain(
      'by call-back to +33 1 44 32 50 00, a number found on an official registry (Annuaire des juridictions, entry TJ Paris)',
    );
  });

  it('verifies an authority missing from the directory through an independently found number', () => {
    const unknown = {
      name: 'Tribunal de commerce de Nanterre',
      country: 'FR',
      kind: 'court',
    } as const;
    const { directoryEntryId: _none, ...independent } = callBack({
      contactUsed: '+33 1 40 97 10 10',
      source: 'official_website',
      sourceReference: 'https://www.greffe-tc-nanterre.example/contact',
    });
    const verified = evaluate({ authority: unknown }, undefined, { verifications: [independent] })
      .checks.authenticity;
    expect(verified.result).toBe('pass');
    const fromDirectory = evaluate({ authority: unknown }, undefined, {
      verifications: [{ ...independent, source: 'directory' }],
    }).checks.authenticity;
    expect(fromDirectory.result).toBe('needs_review');
    expect(fromDirectory.reason).toContain('where the number came from must be recorded');
  });

  it('warns about forged emergency requests', () => {
    const known = evaluate({ instrument: 'emergency_request', emergency: true }).checks
      .authenticity;
    expect(known.reason).toContain('hijacked police mailboxes');
    const unknown = evaluate({
      instrument: 'emergency_request',
      emergency: true,
      authority: { name: 'Police nationale', country: 'FR', kind: 'police' },
    }).checks.authenticity;
    expect(unknown.result).toBe('needs_review');
    expect(unknown.reason).toContain('hijacked police mailboxes');
  });

  it('says why a recorded call-back does not count', () => {
    const { reason } = evaluate({}, undefined, {
      verifications: [callBack({ contactUsed: '+33 1 00 00 00 00' })],
    }).checks.authenticity;
    expect(reason).toContain('which is not the directory’s contact');
  });

  it('treats a denial as a forgery', () => {
    const { reason } = evaluate({}, undefined, { verifications: [callBack({ outcome: 'denied' })] })
      .checks.authenticity;
    expect(reason).toContain('treat the order as forged');
  });
});
