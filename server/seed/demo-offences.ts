/**
 * Offences as authorities describe them, by ToS catalog category. The protected-speech and
 * non-violation entries are the orders the policy must refuse whatever their form.
 */
export interface DemoOffence {
  category: string;
  description: string;
  /** Whether the Terms of Service prohibit it: only then may anything be disclosed. */
  violatesTerms: boolean;
}

const violation = (category: string, description: string): DemoOffence => ({
  category,
  description,
  violatesTerms: true,
});
const noViolation = (category: string, description: string): DemoOffence => ({
  category,
  description,
  violatesTerms: false,
});

export const DEMO_OFFENCES: readonly (readonly [DemoOffence, number])[] = [
  [
    violation(
      'fraud_scams',
      'Investment fraud: fake crypto trading signals sold through a channel.',
    ),
    22,
  ],
  [violation('fraud_scams', 'Phishing of bank customers through a bot imitating a bank.'), 10],
  [violation('drug_trafficking', 'Sale of narcotics through a channel with courier delivery.'), 14],
  [violation('child_sexual_abuse', 'Distribution of child sexual abuse material.'), 8],
  [violation('terrorism', 'Recruitment and financing for a proscribed terrorist organisation.'), 6],
  [violation('extortion', 'Sextortion of minors with threats to publish images.'), 6],
  [violation('weapons_trafficking', 'Sale of converted firearms and ammunition.'), 4],
  [violation('hacking_malware', 'Sale of stolen credentials and ransomware-as-a-service.'), 5],
  [
    violation('threats_doxxing', 'Publication of a judge’s home address with threats of violence.'),
    4,
  ],
  [violation('money_laundering', 'Laundering of fraud proceeds through cryptocurrency mixers.'), 4],
  [violation('forged_documents', 'Sale of forged passports and driving licences.'), 3],
  [violation('human_trafficking', 'Recruitment of victims of labour exploitation.'), 2],
  [noViolation('political_dissent', 'Dissemination of materials discrediting the government.'), 2],
  [noViolation('insulting_officials', 'Insulting a public official in a public channel.'), 2],
  [noViolation('peaceful_protest', 'Organising an unauthorised public assembly.'), 1],
  [noViolation('journalism', 'Publication of leaked official documents by a news channel.'), 1],
  [noViolation('defamation', 'Criminal defamation of a company director.'), 2],
  [noViolation('copyright_infringement', 'Sharing of pirated films in a public channel.'), 2],
];
