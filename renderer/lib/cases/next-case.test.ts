import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../shared/case-record';
import { nextCaseAwaiting, nextCaseInList } from './next-case';

const summary = (over: Partial<CaseSummary>): CaseSummary => ({
  id: 'c',
  reference: 'REF',
  status: 'received',
  authorityName: 'Tribunal',
  country: 'FR',
  receivedAt: '2026-11-01T00:00:00.000Z',
  dueAt: '2026-11-20T00:00:00.000Z',
  emergency: false,
  targetCount: 1,
  assigneeName: null,
  assigneeId: null,
  outcome: null,
  version: 1,
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...over,
});

const reviewer = { id: 'rita', role: 'reviewer' as const };
const supervisor = { id: 'sam', role: 'supervisor' as const };

describe('nextCaseAwaiting', () => {
  const cases = [
    summary({ id: 'done', status: 'signed_off', dueAt: '2026-11-02T00:00:00.000Z' }),
    summary({ id: 'later', dueAt: '2026-11-25T00:00:00.000Z' }),
    summary({
      id: 'others',
      status: 'in_review',
      assigneeId: 'remy',
      dueAt: '2026-11-03T00:00:00.000Z',
    }),
    summary({
      id: 'mine',
      status: 'returned',
      assigneeId: 'rita',
      dueAt: '2026-11-10T00:00:00.000Z',
    }),
    summary({ id: 'closed', status: 'closed', dueAt: '2026-11-01T00:00:00.000Z' }),
    summary({ id: 'approve', status: 'signed_off', dueAt: '2026-11-05T00:00:00.000Z' }),
  ];

  it('gives a reviewer the most urgent case nobody else holds', () => {
    expect(nextCaseAwaiting(cases, reviewer, 'x')?.id).toBe('mine');
    expect(nextCaseAwaiting(cases, reviewer, 'mine')?.id).toBe('later');
  });

  it('gives a supervisor the most urgent sign-off other than the one just decided', () => {
    expect(nextCaseAwaiting(cases, supervisor, 'done')?.id).toBe('approve');
    expect(nextCaseAwaiting(cases, supervisor, 'approve')?.id).toBe('done');
  });

  it('puts an emergency first among equal deadlines, and says when nothing waits', () => {
    const tied = [
      summary({ id: 'a', reference: 'A' }),
      summary({ id: 'b', reference: 'B', emergency: true }),
    ];
    expect(nextCaseAwaiting(tied, reviewer, 'x')?.id).toBe('b');
    expect(nextCaseAwaiting(tied, { id: 'otto', role: 'auditor' }, 'x')).toBeNull();
    expect(nextCaseAwaiting([], reviewer, 'x')).toBeNull();
  });
});

describe('nextCaseInList', () => {
  const cases = [
    summary({ id: 'a', dueAt: '2026-11-05T00:00:00.000Z' }),
    summary({ id: 'b', dueAt: '2026-11-25T00:00:00.000Z' }),
    summary({ id: 'held', status: 'in_review', assigneeId: 'remy' }),
    summary({ id: 'c', dueAt: '2026-11-15T00:00:00.000Z' }),
    summary({ id: 'just-done', status: 'signed_off', assigneeId: 'rita' }),
  ];

  it('follows the list the case was opened from, skipping what does not wait for this person', () => {
    const order = ['b', 'just-done', 'held', 'c', 'a'];
    expect(nextCaseInList(order, cases, reviewer, 'just-done')?.id).toBe('c');
    expect(nextCaseInList(order, cases, reviewer, 'c')?.id).toBe('a');
  });

  it('falls back to the most urgent case past the end of the list or without one', () => {
    expect(nextCaseInList(['c', 'just-done'], cases, reviewer, 'just-done')?.id).toBe('a');
    expect(nextCaseInList(null, cases, reviewer, 'just-done')?.id).toBe('a');
    // A case opened from elsewhere starts at the top of the remembered list.
    expect(nextCaseInList(['b', 'c'], cases, reviewer, 'elsewhere')?.id).toBe('b');
  });

  it('never offers a supervisor a sign-off they had a hand in', () => {
    const signOffs = [
      summary({ id: 'theirs', status: 'signed_off', assigneeId: 'sam' }),
      summary({ id: 'called', status: 'signed_off', participantIds: ['sam'] }),
      summary({ id: 'free', status: 'signed_off', dueAt: '2026-11-30T00:00:00.000Z' }),
    ];
    expect(nextCaseInList(['theirs', 'called', 'free'], signOffs, supervisor, 'x')?.id).toBe(
      'free',
    );
    expect(nextCaseInList(null, signOffs.slice(0, 2), supervisor, 'x')).toBeNull();
  });
});
