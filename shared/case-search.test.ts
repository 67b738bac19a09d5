import { describe, expect, it } from 'vitest';
import { caseSearchTerms, normaliseSearchText, overrideCount } from './case-search';

describe('caseSearchTerms', () => {
  const terms = caseSearchTerms('JI-2026-8812', 'Tribunal judiciaire de Paris', {
    caseNumber: 'PARQUET 26/114',
    targets: [
      { identifier: { kind: 'phone', value: '+33612345678' } },
      { identifier: { kind: 'username', value: '@Jean_Dupont' } },
      { identifier: { kind: 'user_id', value: '5012345678' } },
    ],
    offences: [{ category: 'fraud_scams', description: 'Escroquerie, en bande organisée' }],
  });

  it('holds identifiers normalised, words of free text and the offence category', () => {
    expect(terms).toEqual(
      expect.arrayContaining([
        'ji-2026-8812',
        'tribunal',
        'paris',
        'parquet 26/114',
        '+33612345678',
        '@jean_dupont',
        '5012345678',
        'fraud_scams',
        'fraud',
        'escroquerie',
        'organisée',
      ]),
    );
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('copes with an order that names nothing beyond its reference', () => {
    expect(caseSearchTerms('R-1', 'A', null)).toEqual(['r-1', 'a']);
  });
});

describe('normaliseSearchText', () => {
  it('writes a phone number the way it is indexed', () => {
    expect(normaliseSearchText(' +33 6 12 34 56 78 ')).toBe('+33612345678');
    expect(normaliseSearchText('+33 (6) 12-34.56')).toBe('+336123456');
    expect(normaliseSearchText('Tribunal de PARIS')).toBe('tribunal de paris');
    expect(normaliseSearchText('26')).toBe('26');
  });
});

describe('overrideCount', () => {
  it('counts checks decided differently from the engine, and none before a verdict', () => {
    const review = {
      jurisdiction: { result: 'pass' },
      authenticity: { result: 'fail' },
      necessity: { result: null },
    };
    const verdict = {
      jurisdiction: { result: 'pass' },
      authenticity: { result: 'pass' },
      necessity: { result: 'fail' },
    };
    expect(overrideCount(review, verdict)).toBe(1);
    expect(overrideCount(review, null)).toBe(0);
  });
});
