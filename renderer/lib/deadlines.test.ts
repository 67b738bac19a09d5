import { describe, expect, it } from 'vitest';
import { deadlineState, timeLeftLabel } from './deadlines';

const now = Date.parse('2026-11-28T12:00:00Z');

describe('deadlines in the queue', () => {
  it('marks open cases overdue, due within 24 hours, or on time', () => {
    expect(deadlineState({ status: 'in_review', dueAt: '2026-11-28T11:59:00Z' }, now)).toBe(
      'overdue',
    );
    expect(deadlineState({ status: 'received', dueAt: '2026-11-29T12:00:00Z' }, now)).toBe(
      'due_soon',
    );
    expect(deadlineState({ status: 'signed_off', dueAt: '2026-11-30T12:00:00Z' }, now)).toBe(
      'on_time',
    );
  });

  it('does not flag a case that has been answered', () => {
    expect(deadlineState({ status: 'closed', dueAt: '2026-11-01T00:00:00Z' }, now)).toBe(
      'answered',
    );
  });

  it('says how much time is left, or by how much it passed', () => {
    expect(timeLeftLabel('2026-11-30T17:00:00Z', now)).toBe('2 d 5 h left');
    expect(timeLeftLabel('2026-11-28T12:40:00Z', now)).toBe('40 min left');
    expect(timeLeftLabel('2026-11-28T09:00:00Z', now)).toBe('3 h 0 min overdue');
  });
});
