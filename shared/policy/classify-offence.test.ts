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
    // What only looks different reads the same: a reader sees one phrase.
    ['insulting the  president', 'insulting the president', true],
    ['insulting the\u00A0president', 'insulting the president', true],
    ['insul\u200Bting the president', 'insulting the president', true],
    ['\uFF49\uFF4E\uFF53\uFF55\uFF4C\uFF54ing the president', 'insulting the president', true],
    ['\u{1D422}nsulting the president', 'insulting the president', true],
    ['\u0456nsulting the president', 'insulting the president', true],
    ['anti\u2011government', 'anti-government', true],
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

  it('reads a word disguised with look-alike letters as the word it shows', () => {
    // "Publicly" is Latin; "іnsulting" carries a Cyrillic і, "рrеsіdеnt" only Cyrillic look-alikes.
    const disguised = classifyOffence(
      { description: 'Fraud and publicly \u0456nsulting the \u0440r\u0435s\u0456d\u0435nt' },
      catalog,
    );
    expect(disguised.category?.code).toBe('insulting_officials');
  });

  it('leaves a text in another alphabet as it is written', () => {
    // Russian made of letters that look Latin is not a disguise when the whole text is Russian.
    expect(containsKeyword('\u0441\u0435\u0440 \u0441\u0442\u043e\u043a', 'cep')).toBe(false);
  });

  it('leaves an offence it cannot recognise unclassified', () => {
    const c = classifyOffence({ description: 'Violation of article 12' }, catalog);
    expect(c).toMatchObject({ category: undefined, classifiedBy: 'none' });
  });
});
