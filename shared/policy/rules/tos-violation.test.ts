import { describe, expect, it } from 'vitest';
import type { Offence } from '../../order';
import { POLICY_2018 } from '../seed';
import { evaluate } from '../testing/fixtures';

const offence = (description: string, category?: string): Offence =>
  category ? { description, category } : { description };

describe('ToS violation check', () => {
  it.each([
    ['a coded violation', [offence('Investment fraud', 'fraud_scams')], 'pass', 'tos/fraud_scams'],
    [
      'a violation found by keywords',
      [offence('Running a phishing operation')],
      'pass',
      'tos/fraud_scams',
    ],
    [
      'keywords in another language',
      [offence('Escroquerie en bande organisée')],
      'pass',
      'tos/fraud_scams',
    ],
    ['terrorism by keywords', [offence('Financing of terrorism')], 'pass', 'tos/terrorism'],
    [
      'CSAM',
      [offence('Distribution of child sexual abuse material')],
      'pass',
      'tos/child_sexual_abuse',
    ],
    ['drug trafficking', [offence('Sale of cocaine via bot')], 'pass', 'tos/drug_trafficking'],
    ['weapons trafficking', [offence('Illegal firearms sales')], 'pass', 'tos/weapons_trafficking'],
    ['extortion', [offence('Sextortion of minors')], 'pass', 'tos/extortion'],
    [
      'doxxing and threats',
      [offence('Death threats and doxxing of a judge')],
      'pass',
      'tos/threats_doxxing',
    ],
    [
      'insulting the president, coded',
      [offence('Posts about the head of state', 'insulting_officials')],
      'fail',
      'tos/insulting_officials',
    ],
    [
      'insulting the president, by keywords',
      [offence('Insulting the President of the Republic in a public channel')],
      'fail',
      'tos/insulting_officials',
    ],
    [
      'political dissent',
      [offence('Discrediting the armed forces by posting about the war')],
      'fail',
      'tos/political_dissent',
    ],
    [
      'journalism',
      [offence('Journalist publishing leaked ministry documents')],
      'fail',
      'tos/journalism',
    ],
    ['blasphemy', [offence('Blasphemy against the prophet')], 'fail', 'tos/blasphemy'],
    [
      'LGBT expression',
      [offence('Propaganda of non-traditional sexual relations (LGBT)')],
      'fail',
      'tos/lgbt_expression',
    ],
    [
      'peaceful protest',
      [offence('Organising an unauthorised assembly')],
      'fail',
      'tos/peaceful_protest',
    ],
    [
      'protected speech next to a real violation',
      [
        offence('Terrorist propaganda', 'terrorism'),
        offence('Insulting the president', 'insulting_officials'),
      ],
      'fail',
      'tos/insulting_officials',
    ],
    [
      'an unknown category code',
      [offence('Jaywalking', 'jaywalking')],
      'needs_review',
      'offences/tos-violation',
    ],
    [
      'no category at all',
      [offence('Violation of article 12 of the decree')],
      'needs_review',
      'offences/tos-violation',
    ],
    [
      'a violation code whose description reads as protected speech',
      [offence('Insulting the president on a public channel', 'terrorism')],
      'needs_review',
      'tos/insulting_officials',
    ],
    [
      'a description mentioning protected speech and a violation',
      [offence('Terrorist threats and insulting the president')],
      'needs_review',
      'tos/insulting_officials',
    ],
    [
      'defamation, which the ToS do not prohibit',
      [offence('Criminal defamation of a neighbour')],
      'fail',
      'tos/defamation',
    ],
    [
      'a violation next to an offence outside the ToS',
      [offence('Investment fraud', 'fraud_scams'), offence('Libel', 'defamation')],
      'pass',
      'tos/fraud_scams',
    ],
  ] as const)('%s → %s', (_name, offences, result, rule) => {
    const check = evaluate({ offences: [...offences] }).checks.tos_violation;
    expect(check.result).toBe(result);
    expect(check.rule).toBe(rule);
    expect(check.details).toHaveLength(offences.length);
  });

  it('says protected speech is never grounds for disclosure, whatever else is alleged', () => {
    const check = evaluate({
      offences: [
        offence('Terrorist propaganda', 'terrorism'),
        offence('Insulting the president', 'insulting_officials'),
      ],
    }).checks.tos_violation;
    expect(check.reason).toBe(
      'The order alleges protected speech (offence 2: insulting officials); protected speech is never grounds for disclosure, whatever else the order alleges.',
    );
    expect(check.details.map((d) => d.result)).toEqual(['pass', 'fail']);
  });

  it('records how each offence was classified and which words matched', () => {
    const [detail] = evaluate({ offences: [offence('Running a phishing operation')] }).checks
      .tos_violation.details;
    expect(detail).toMatchObject({
      kind: 'offence',
      number: 1,
      category: 'fraud_scams',
      classifiedBy: 'keywords',
      matchedKeywords: ['phishing'],
    });
  });

  it('quotes the ToS clause a violation breaks', () => {
    const { reason } = evaluate().checks.tos_violation.details[0] ?? { reason: '' };
    expect(reason).toContain('“Use our service to send spam or scam users.”');
  });

  describe('under the 2018 policy only terrorism qualifies', () => {
    it.each([
      ['terrorism', [offence('Planning a bomb attack', 'terrorism')], 'pass', 'tos/terrorism'],
      ['fraud', [offence('Investment fraud', 'fraud_scams')], 'fail', 'offences/terrorism-only'],
      [
        'drug trafficking, which the 2018 ToS did not list',
        [offence('Selling cocaine')],
        'fail',
        'tos/drug_trafficking',
      ],
      [
        'insulting the president',
        [offence('Insulting the president')],
        'fail',
        'tos/insulting_officials',
      ],
    ] as const)('%s → %s', (_name, offences, result, rule) => {
      const check = evaluate({ offences: [...offences] }, POLICY_2018).checks.tos_violation;
      expect(check.result).toBe(result);
      expect(check.rule).toBe(rule);
    });
  });
});
