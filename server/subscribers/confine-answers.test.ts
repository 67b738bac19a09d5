import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES } from '../../shared/order';
import type { DirectoryAnswer } from '../../shared/disclosure/subscriber-data';
import { confineAnswers } from './confine-answers';
import { directoryRequests } from './subscriber-directory';

const WINDOW = { from: '2026-01-01T00:00:00Z', to: '2026-01-31T23:59:59Z' };

describe('what the directory is asked, and what is kept of its answer', () => {
  it('asks only for IP addresses and phone numbers, whatever the approved record holds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            target: fc.constantFrom('user_id:1', 'username:@abcd', 'phone:+33612345678'),
            category: fc.constantFrom(...DATA_CATEGORIES),
            ipWindow: fc.constantFrom(WINDOW, null),
          }),
        ),
        (items) => {
          for (const request of directoryRequests(items)) {
            expect(
              request.categories.every((c) => c === 'ip_addresses' || c === 'phone_number'),
            ).toBe(true);
            expect(request.categories.includes('ip_addresses')).toBe(request.ipWindow !== null);
          }
        },
      ),
    );
  });

  it('drops what was not approved: other targets, unapproved phone numbers, IPs outside the window', () => {
    const requests = directoryRequests([
      { target: 'user_id:1', category: 'ip_addresses', ipWindow: WINDOW },
      { target: 'user_id:1', category: 'message_content', ipWindow: null },
    ]);
    const answers: DirectoryAnswer[] = [
      {
        target: 'user_id:1',
        result: 'found',
        accountId: 'a1',
        phoneNumber: '+33612345678',
        ipAddresses: [
          { address: '203.0.113.1', seenAt: '2026-01-10T00:00:00Z' },
          { address: '203.0.113.1', seenAt: '2026-01-10T00:00:00Z' },
          { address: '203.0.113.2', seenAt: '2026-02-10T00:00:00Z' },
        ],
      },
      { target: 'user_id:2', result: 'found', accountId: 'a2', phoneNumber: '+1', ipAddresses: [] },
    ];
    expect(confineAnswers(requests, answers)).toEqual([
      {
        target: 'user_id:1',
        result: 'found',
        accountId: 'a1',
        phoneNumber: null,
        ipAddresses: [{ address: '203.0.113.1', seenAt: '2026-01-10T00:00:00Z' }],
      },
    ]);
  });

  it('refuses an answer that leaves an approved target out', () => {
    const requests = directoryRequests([
      { target: 'user_id:1', category: 'phone_number', ipWindow: null },
    ]);
    expect(() => confineAnswers(requests, [])).toThrow(/no answer for user_id:1/);
  });
});
