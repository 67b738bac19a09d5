import { describe, expect, it } from 'vitest';
import { classifyOffence, containsKeyword } from './classify-offence';
import { POLICY_2024_09_23 } from './seed';

const catalog = POLICY_2024_09_23.tosCatalog;

describe('containsKeyword', () => {
  it.each([
    ['Terrorist propaganda', 'terror', true],
    ['TERRORISMUS', 'terror', true],
    ['Pédopornographie', 'pedopornographie', true],
    ['Pedopornografía', 'pedopornograf', true],
    ['Escroquerie', 'escroquerie', true],
    ['counterterrorism unit', 'terror', false],
    ['unscammable', 'scam', false],
    ['insulting the president', 'insulting the president', true],
    ['insulting the  president', 'insulting the president', false],
  ])('%s contains %s: %s', (text, keyword, expected) => {
    expect(containsKeyword(text, keyword)).toBe(expected);
  });
});

describe('classifyOffence', () => {
  it('uses the code when one is given', () => {
    const c = classifyOffence({ category: 'fraud_scams', description: 'Anything' }, catalog);
    expect(c).toMatchObject({ classifiedBy: 'code', unknownCode: undefined });
    expect(c.category?.code).toBe('fraud_scams');
  });

  it('reports a code the catalog does not know', () => {
    const c = classifyOffence(
      { category: 'jaywalking', description: 'Crossing against the light' },
      catalog,
    );
    expect(c.category).toBeUndefined();
    expect(c.unknownCode).toBe('jaywalking');
  });

  it('classifies by keywords, protected speech first', () => {
    expect(classifyOffence({ description: 'Phishing' }, catalog).category?.code).toBe(
      'fraud_scams',
    );
    const mixed = classifyOffence(
      { description: 'Terrorism and insulting the president' },
      catalog,
    );
    expect(mixed.category?.code).toBe('insulting_officials');
    expect(mixed.keywordMatches.map((m) => m.category.code)).toEqual([
      'terrorism',
      'insulting_officials',
    ]);
  });

  it('leaves an offence it cannot recognise unclassified', () => {
    const c = classifyOffence({ description: 'Violation of article 12' }, catalog);
    expect(c).toMatchObject({ category: undefined, classifiedBy: 'none' });
  });
});
