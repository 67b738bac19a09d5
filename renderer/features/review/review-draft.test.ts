import { describe, expect, it } from 'vitest';
import { EXAMPLE_ORDER } from '../../lib/testing/example-order';
import type { CaseDetail } from '../../../shared/case-record';
import { Order } from '../../../shared/order';
import { emptyChecks, signOffProblems } from '../../../shared/review';
import { summary } from '../../lib/testing/case-fixtures';
import { draftFromDetail, sameReview, withCheck, withDecision } from './review-draft';

const order = Order.parse(EXAMPLE_ORDER);

function detail(decisions: CaseDetail['review']['decisions'] = []): CaseDetail {
  return {
    ...summary(),
    order,
    review: { checks: emptyChecks(), decisions },
    documents: [],
    signOff: null,
    disclosure: null,
    lastReturnComment: null,
    history: [],
    allowedActions: ['save_review', 'sign_off'],
    approvalBlockedReason: null,
  };
}

describe('draftFromDetail', () => {
  it('offers one decision per target and category, out-of-policy ones declined', () => {
    const draft = draftFromDetail(detail());
    expect(draft.decisions).toHaveLength(order.targets.length * order.dataRequested.length);
    const content = draft.decisions.filter((d) => d.category === 'message_content');
    expect(content.every((d) => d.verdict === 'decline' && d.reason !== '')).toBe(true);
    expect(
      draft.decisions.filter((d) => d.category === 'phone_number').every((d) => d.verdict === null),
    ).toBe(true);
  });

  it('keeps the decisions already saved', () => {
    const saved = {
      target: 'user_id:5012345678',
      category: 'phone_number' as const,
      verdict: 'disclose' as const,
      reason: '',
    };
    const draft = draftFromDetail(detail([saved]));
    expect(draft.decisions).toContainEqual(saved);
  });
});

describe('editing a draft', () => {
  it('clears sign-off problems once every check passes and every decision is made', () => {
    let draft = draftFromDetail(detail());
    expect(signOffProblems(order, draft).length).toBeGreaterThan(0);
    for (const key of Object.keys(draft.checks) as (keyof typeof draft.checks)[]) {
      draft = withCheck(draft, key, { result: 'pass' });
    }
    draft.decisions.forEach((d, i) => {
      if (d.verdict === null) draft = withDecision(draft, i, { verdict: 'disclose' });
    });
    expect(signOffProblems(order, draft)).toEqual([]);
    expect(sameReview(draft, draftFromDetail(detail()))).toBe(false);
  });
});
