import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS_CSV_HEADER, parseDemoAccountsCsv } from './demo-accounts';

describe('sample accounts from CSV', () => {
  it('reads one line per IP sighting, the account columns repeated or left empty', () => {
    const parsed = parseDemoAccountsCsv(
      [
        DEMO_ACCOUNTS_CSV_HEADER,
        'acc-1,5012345678,@Fastcash_Invest,+33612345678,203.0.113.7,2026-01-15T10:00:00Z',
        'acc-1,,,,2001:db8::1,2026-01-16T10:00:00Z',
        'acc-2,,,+4915112345678,,',
      ].join('\n'),
    );
    expect(parsed).toEqual({
      ok: true,
      accounts: [
        {
          accountId: 'acc-1',
          userId: '5012345678',
          username: '@fastcash_invest',
          phoneNumber: '+33612345678',
          ips: [
            { address: '203.0.113.7', seenAt: '2026-01-15T10:00:00.000Z' },
            { address: '2001:db8::1', seenAt: '2026-01-16T10:00:00.000Z' },
          ],
        },
        {
          accountId: 'acc-2',
          userId: null,
          username: null,
          phoneNumber: '+4915112345678',
          ips: [],
        },
      ],
    });
  });

  it('names every bad line and reads nothing', () => {
    const parsed = parseDemoAccountsCsv(
      [
        DEMO_ACCOUNTS_CSV_HEADER,
        'acc-1,abc,,,,',
        'acc-2,,,,300.1.1.1,2026-01-01T00:00:00Z',
        'x',
      ].join('\n'),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues.map((i) => i.path)).toEqual(['line 2', 'line 3', 'line 4']);
    expect(parseDemoAccountsCsv('name,phone\n').ok).toBe(false);
  });
});
