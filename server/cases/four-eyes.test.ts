import { describe, expect, it } from 'vitest';
import { fourEyesBlock } from './four-eyes';

describe('fourEyesBlock', () => {
  const reviewer = 'reviewer-id';
  const supervisor = 'supervisor-id';

  it('lets a supervisor who never touched the case approve it', () => {
    const history = [
      { actorId: reviewer, action: 'order.import' },
      { actorId: reviewer, action: 'case.startReview' },
      { actorId: reviewer, action: 'case.signOff' },
    ];
    expect(fourEyesBlock(supervisor, reviewer, history)).toBeNull();
  });

  it('blocks the supervisor who signed off', () => {
    expect(fourEyesBlock(supervisor, supervisor, [])).toBe(
      'You signed off this case; another supervisor must approve it.',
    );
  });

  it('blocks a supervisor who edited the review, even if someone else signed off', () => {
    const history = [
      { actorId: supervisor, action: 'case.saveReview' },
      { actorId: reviewer, action: 'case.signOff' },
    ];
    expect(fourEyesBlock(supervisor, reviewer, history)).toMatch(/^You edited the review/);
  });

  it('blocks a supervisor who entered the order', () => {
    expect(
      fourEyesBlock(supervisor, reviewer, [{ actorId: supervisor, action: 'order.import' }]),
    ).toMatch(/^You entered this order/);
  });

  it('blocks a supervisor who recorded a call-back for the case', () => {
    const history = [
      { actorId: supervisor, action: 'case.recordVerification' },
      { actorId: reviewer, action: 'case.signOff' },
    ];
    expect(fourEyesBlock(supervisor, reviewer, history)).toBe(
      'You recorded a call-back for this case; another supervisor must approve it.',
    );
  });

  it('does not count viewing a document or returning a case as reviewing', () => {
    const history = [
      { actorId: supervisor, action: 'document.download' },
      { actorId: supervisor, action: 'case.return' },
    ];
    expect(fourEyesBlock(supervisor, reviewer, history)).toBeNull();
  });
});
