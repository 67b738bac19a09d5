import { describe, expect, it } from 'vitest';
import { callBackBlock, fourEyesBlock, reviewParticipants } from './four-eyes';

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

describe('reviewParticipants', () => {
  it('names everyone who reviewed or signed off, whoever holds the case now', () => {
    const history = [
      { actorId: 'clerk', action: 'order.import' },
      { actorId: 'rita', action: 'case.startReview' },
      { actorId: 'caller', action: 'case.recordVerification' },
      { actorId: 'rita', action: 'case.release' },
      { actorId: 'remy', action: 'case.claim' },
      { actorId: 'remy', action: 'case.signOff' },
      { actorId: 'sam', action: 'case.return' },
      { actorId: 'sue', action: 'case.reopen' },
      { actorId: null, action: 'case.saveReview' },
    ];
    expect(reviewParticipants(history)).toEqual(['rita', 'remy', 'sue']);
  });
});

describe('callBackBlock', () => {
  it('lets someone who only entered the order or looked at it record a call-back', () => {
    const history = [
      { actorId: 'clerk', action: 'order.import' },
      { actorId: 'clerk', action: 'document.download' },
      { actorId: 'rita', action: 'case.startReview' },
    ];
    expect(callBackBlock('clerk', 'rita', null, history)).toBeNull();
  });

  it('blocks whoever holds the case, even before they have done anything to it', () => {
    expect(callBackBlock('rita', 'rita', null, [])).toBe(
      'You hold this case; a call-back must be recorded by someone who took no part in its review.',
    );
  });

  it('blocks a reviewer who has let go of the case', () => {
    const history = [
      { actorId: 'rita', action: 'case.saveReview' },
      { actorId: 'rita', action: 'case.release' },
    ];
    expect(callBackBlock('rita', null, null, history)).toMatch(/^You edited the review/);
  });

  it('blocks whoever signed off, even a sign-off since returned', () => {
    expect(callBackBlock('remy', 'rita', 'remy', [])).toMatch(/^You signed off this case/);
    const returned = [
      { actorId: 'remy', action: 'case.signOff' },
      { actorId: 'sam', action: 'case.return' },
    ];
    expect(callBackBlock('remy', 'rita', null, returned)).toMatch(/^You signed off this case/);
  });
});
