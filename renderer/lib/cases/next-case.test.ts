import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../shared/case-record';
import { nextCaseAwaiting } from './next-case';

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
