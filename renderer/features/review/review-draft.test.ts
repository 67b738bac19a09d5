import { describe, expect, it } from 'vitest';
import { EXAMPLE_ORDER } from '../../lib/testing/example-order';
import type { CaseDetail } from '../../../shared/case-record';
import { Order } from '../../../shared/order';
import { judgeSignOff } from '../../../shared/judge-case';
import { emptyChecks, type Review } from '../../../shared/review';
import { caseJudgement } from '../../lib/policy/case-judgement';
import { caseDetail } from '../../lib/testing/case-fixtures';
import { seedPolicyRecord } from '../../lib/testing/policy-fixture';
import { draftFromDetail, sameReview, withCheck, withDecision } from './review-draft';

const order = Order.parse(EXAMPLE_ORDER);

function detail(decisions: CaseDetail['review']['decisions'] = []): CaseDetail {
  return caseDetail({
    order,
    review: { checks: emptyChecks(), decisions },
    allowedActions: ['save_review', 'sign_off'],
  });
}

const colleagueCallBack: CaseDetail['verifications'][number] = {
  id: 'v1',
  calledBy: 'Remy Reviewer',
  contactName: 'Duty clerk',
  channel: 'phone',
  contactUsed: '+33 1 44 32 51 51',
  source: 'registry',
  sourceReference: 'Annuaire des juridictions, ministère de la Justice',
  verifiedAt: '2026-11-20T10:00:00Z',
  outcome: 'confirmed',
  note: 'Number from the ministry’s directory of courts.',
  recordedById: 'u2',
  recordedByName: 'Remy Reviewer',
  recordedAt: '2026-11-20T10:05:00Z',
  secondPerson: true,
};

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
  const policy = seedPolicyRecord();
  const at = new Date(order.receivedAt);
  /** The judgement the service makes at sign-off, for reviewer u1 signing off. */
  const problems = (draft: Review, verifications = detail().verifications, signer = 'u1') =>
    judgeSignOff(order, draft, policy, verifications, ['u1', signer], at).problems;

  function completed(): Review {
    const judged = caseJudgement(detail(), policy, at);
    if (!judged) throw new Error('the seed policy judges every case');
    let draft = draftFromDetail(detail());
    for (const key of Object.keys(draft.checks) as (keyof typeof draft.checks)[]) {
      // Confirming the engine needs no note; overriding it does.
      const engine = judged.verdict.checks[key].result;
      draft = withCheck(
        draft,
        key,
        engine === 'pass' ? { result: 'pass' } : { result: 'pass', note: 'Checked by hand.' },
      );
    }
    draft.decisions.forEach((d, i) => {
      if (d.verdict === null) draft = withDecision(draft, i, { verdict: 'disclose' });
    });
    return draft;
  }

  it('clears sign-off problems once every check passes and every decision is made', () => {
    expect(problems(draftFromDetail(detail())).length).toBeGreaterThan(0);
    const draft = completed();
    // The authority is not in the directory: only a colleague's call-back lets it pass.
    expect(problems(draft).map((p) => p.path)).toEqual(['checks.authenticity']);
    expect(problems(draft, [colleagueCallBack])).toEqual([]);
    expect(sameReview(draft, draftFromDetail(detail()))).toBe(false);
  });

  it('is not ready when the person signing off recorded the call-back himself', () => {
    const draft = completed();
    // u2 recorded it; if u2 signs off, the service does not count it, nor does the screen.
    expect(problems(draft, [colleagueCallBack], 'u2').map((p) => p.path)).toEqual([
      'checks.authenticity',
    ]);
  });

  it('is not ready when the service found the call-back was by someone who took part in the review', () => {
    const draft = completed();
    // u2 once held the case; the screen cannot know it, the service's mark says so.
    const byParticipant = { ...colleagueCallBack, secondPerson: false };
    expect(problems(draft, [byParticipant]).map((p) => p.path)).toEqual(['checks.authenticity']);
  });
});
