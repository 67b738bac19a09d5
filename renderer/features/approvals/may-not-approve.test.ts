import { describe, expect, it } from 'vitest';
import { mayNotApprove } from './may-not-approve';

describe('mayNotApprove', () => {
  it('marks a case the user holds or had a hand in, and no other', () => {
    expect(mayNotApprove({ assigneeId: 'u-1', participantIds: [] }, 'u-1')).toBe(true);
    expect(mayNotApprove({ assigneeId: 'u-2', participantIds: ['u-2', 'u-1'] }, 'u-1')).toBe(true);
    expect(mayNotApprove({ assigneeId: 'u-2', participantIds: ['u-2'] }, 'u-1')).toBe(false);
    expect(mayNotApprove({ assigneeId: null }, 'u-1')).toBe(false);
    expect(mayNotApprove({ assigneeId: 'u-1' }, null)).toBe(false);
  });
});
