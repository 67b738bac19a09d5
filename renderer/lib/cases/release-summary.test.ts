import { describe, expect, it } from 'vitest';
import type { ItemJudgement } from '../../../shared/release/releasable-items';
import type { Decision } from '../../../shared/review';
import { formatDateTime } from '../format';
import { releaseSummary } from './release-summary';

const window = { from: '2026-01-01T00:00:00.000Z', to: '2026-02-28T23:59:59.000Z' };
const item = (over: Partial<ItemJudgement>): ItemJudgement => ({
  target: 'username:@fastcash_invest',
  identifier: '@fastcash_invest',
  category: 'phone_number',
  releasable: true,
  blockers: [],
  ipWindow: null,
  ...over,
});
const decision = (over: Partial<Decision>): Decision => ({
  target: 'username:@fastcash_invest',
  category: 'phone_number',
  verdict: 'disclose',
  reason: '',
  ...over,
});

describe('releaseSummary', () => {
  it('releases what the reviewer discloses and the service judges releasable, with its window', () => {
    const summary = releaseSummary(
      [item({}), item({ category: 'ip_addresses', ipWindow: window })],
      [decision({}), decision({ category: 'ip_addresses' })],
    );
    expect(summary.refused).toEqual([]);
    expect(summary.released).toEqual([
      { target: '@fastcash_invest', category: 'Phone number', window: null },
      {
        target: '@fastcash_invest',
        category: 'IP addresses',
        window: `from ${formatDateTime(window.from)} to ${formatDateTime(window.to)}`,
      },
    ]);
  });

  it('refuses the rest, with the reviewer’s reason or the policy’s', () => {
    const summary = releaseSummary(
      [
        item({ category: 'message_content', releasable: false, blockers: ['Never disclosed.'] }),
        item({ target: 'user_id:1', identifier: 'user id 1' }),
        item({
          target: 'user_id:2',
          identifier: 'user id 2',
          releasable: false,
          blockers: ['Victim.'],
        }),
      ],
      [
        decision({ category: 'message_content', verdict: 'decline', reason: '' }),
        decision({ target: 'user_id:1', verdict: 'decline', reason: 'Witness only.' }),
        decision({ target: 'user_id:2', verdict: 'disclose' }),
      ],
    );
    expect(summary.released).toEqual([]);
    expect(summary.refused).toEqual([
      { target: '@fastcash_invest', category: 'Message content', why: 'Declined by the reviewer.' },
      { target: 'user id 1', category: 'Phone number', why: 'Witness only.' },
      { target: 'user id 2', category: 'Phone number', why: 'Victim.' },
    ]);
  });

  it('refuses an item the review does not decide', () => {
    expect(releaseSummary([item({})], []).refused).toEqual([
      { target: '@fastcash_invest', category: 'Phone number', why: 'Not decided.' },
    ]);
  });
});
