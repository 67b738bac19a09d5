import { describe, expect, it } from 'vitest';
import { CHECK_KEYS, type Review } from '../../shared/review';
import { Order } from '../../shared/order';
import { sampleOrder } from '../testing/sample-order';
import { refusalLetterContent } from './refusal-letter';

const review: Review = {
  checks: Object.fromEntries(
    CHECK_KEYS.map((k) => [k, { result: 'pass', note: '' }]),
  ) as Review['checks'],
  decisions: [
    {
      target: 'user_id:5012345678',
      category: 'phone_number',
      verdict: 'decline',
      reason: 'Named as a witness.',
    },
    {
      target: 'username:@fastcash_invest',
      category: 'phone_number',
      verdict: 'decline',
      reason: 'Named as a witness.',
    },
  ],
};
review.checks.suspect = { result: 'fail', note: 'No target is named as a suspect.' };

describe('the refusal letter', () => {
  const facts = (route: 'domestic' | 'e_evidence') => ({
    order: Order.parse(sampleOrder({ route })),
    review,
    dueAt: '2026-03-12T00:00:00Z',
    approverName: 'Sam Supervisor',
    generatedAt: new Date('2026-03-05T10:00:00Z'),
  });

  it('gives the reasons from the checks and counts declined targets without naming them', () => {
    const content = refusalLetterContent(facts('domestic'));
    const text = content.lines.map((l) => l.text).join('\n');
    expect(text).toContain('Suspect status: No target is named as a suspect.');
    expect(text).toContain('2 × Named as a witness.');
    expect(text).toContain('The answer was due by 2026-03-12.');
    expect(text).not.toMatch(/5012345678|fastcash/);
  });

  it('follows the Annex III headings on the e-Evidence route', () => {
    const content = refusalLetterContent(facts('e_evidence'));
    expect(content.title).toMatch(/inability to execute a European Production Order \(Annex III\)/);
    expect(content.lines.map((l) => l.text)).toContain(
      'Section D: reasons why the order cannot be executed',
    );
  });
});
