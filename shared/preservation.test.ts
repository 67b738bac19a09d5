import { describe, expect, it } from 'vitest';
import {
  extensionRefusal,
  linkRefusal,
  preservationExpiry,
  preservationReminder,
  reminderText,
} from './preservation';

const received = '2026-03-02T08:14:00Z';

describe('preservation terms', () => {
  it('runs 60 days for an EPOC-PR and 90 (+90 once) for a US preservation', () => {
    expect(
      preservationExpiry({ instrument: 'epoc_pr', receivedAt: received, extendedAt: null }),
    ).toBe('2026-05-01T08:14:00.000Z');
    expect(
      preservationExpiry({ instrument: 'us_preservation', receivedAt: received, extendedAt: null }),
    ).toBe('2026-05-31T08:14:00.000Z');
    expect(
      preservationExpiry({
        instrument: 'us_preservation',
        receivedAt: received,
        extendedAt: '2026-05-01T00:00:00Z',
      }),
    ).toBe('2026-08-29T08:14:00.000Z');
  });

  it('reminds 7 days and 1 day before expiry, then says it expired', () => {
    const expiresAt = '2026-05-31T08:14:00.000Z';
    const at = (iso: string) => reminderText(preservationReminder(expiresAt, new Date(iso)));
    expect(at('2026-05-20T08:14:00Z')).toBeNull();
    expect(at('2026-05-24T08:14:00Z')).toBe('Preservation expires within 7 days');
    expect(at('2026-05-30T09:00:00Z')).toBe('Preservation expires within 1 day');
    expect(at('2026-05-31T08:14:00Z')).toBe('Preservation has expired');
  });

  it('extends a US preservation once, never an EPOC-PR, never after expiry', () => {
    const expiresAt = '2026-05-31T08:14:00.000Z';
    const now = new Date('2026-05-01T00:00:00Z');
    expect(extensionRefusal('us_preservation', null, expiresAt, now)).toBeNull();
    expect(extensionRefusal('us_preservation', '2026-04-01T00:00:00Z', expiresAt, now)).toContain(
      'one extension only',
    );
    expect(extensionRefusal('epoc_pr', null, expiresAt, now)).toContain('cannot be extended');
    expect(
      extensionRefusal('us_preservation', null, expiresAt, new Date('2026-06-01T00:00:00Z')),
    ).toContain('already expired');
  });

  it('links only a production order of the same authority, once', () => {
    const preservation = {
      reference: 'P-1',
      kind: 'preservation' as const,
      authorityName: 'Tribunal judiciaire de Paris',
      country: 'FR',
      linkedCaseId: null,
    };
    const production = { ...preservation, reference: 'O-1', kind: 'production' as const };
    expect(
      linkRefusal(preservation, { ...production, authorityName: ' tribunal JUDICIAIRE de paris' }),
    ).toBeNull();
    expect(linkRefusal(preservation, { ...production, country: 'BE' })).toContain(
      'unrelated authority',
    );
    expect(linkRefusal(preservation, { ...production, kind: 'preservation' })).toContain(
      'not a production order',
    );
    expect(linkRefusal(preservation, { ...production, linkedCaseId: 'x' })).toContain(
      'already follows',
    );
    expect(linkRefusal({ ...preservation, linkedCaseId: 'x' }, production)).toContain(
      'already linked',
    );
  });
});
