import { describe, expect, it } from 'vitest';
import { Order } from '../../shared/order';
import { CHECK_KEYS, type Review } from '../../shared/review';
import { sampleOrder } from '../testing/sample-order';
import { informationRequestContent } from './information-request-letter';

const review: Review = {
  checks: Object.fromEntries(
    CHECK_KEYS.map((k) => [k, { result: 'pass', note: '' }]),
  ) as Review['checks'],
  decisions: [],
};
review.checks.instrument = { result: 'fail', note: '' };
review.checks.authenticity = { result: 'needs_review', note: 'Kein Rückruf möglich.' };

const facts = (country: string) => ({
  order: Order.parse(sampleOrder({ authority: { ...sampleOrder().authority, country } })),
  review,
  verdict: null,
  comment: 'Bitte senden Sie die unterschriebene Anordnung.\nUnd die Anlage.',
  writerName: 'Rita Reviewer',
  generatedAt: new Date('2026-03-05T10:00:00Z'),
});

describe('the request for information', () => {
  it('is written in the authority’s language with the open checks and the reviewer’s questions', () => {
    const content = informationRequestContent(facts('DE'));
    const text = content.lines.map((l) => l.text);
    expect(content.language).toBe('de');
    expect(content.title).toBe('Rückfrage zu Ihrer Anordnung PR-PARIS-2026-004417');
    expect(text).toContain('Das Rechtsinstrument');
    expect(text).toContain('Die Bestätigung der Echtheit der Anordnung: Kein Rückruf möglich.');
    expect(text).toContain('Bitte senden Sie die unterschriebene Anordnung.');
    expect(text).toContain('Und die Anlage.');
    expect(text.join('\n')).not.toMatch(/Zuständigkeit|fastcash|5012345678/);
  });

  it('falls back to English where no template exists', () => {
    expect(informationRequestContent(facts('IT')).language).toBe('en');
    expect(informationRequestContent(facts('BE')).language).toBe('fr');
  });
});
