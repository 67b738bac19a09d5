import type { OffenceCategory, TosCatalog } from '../tos-catalog';
import {
  generalComment34,
  ICCPR,
  internalPolicy,
  TERMS_OF_SERVICE_2018,
  TERMS_OF_SERVICE_2024,
} from './sources';

type Violation = Extract<OffenceCategory, { status: 'violation' }>;
type Clause = Violation['tosClause'];

// The Terms of Service provisions offences map to. The ToS list what users "agree not to" do.
const SPAM_AND_SCAMS: Clause = {
  id: 'spam and scams',
  text: 'Use our service to send spam or scam users.',
};
const PUBLIC_VIOLENCE: Clause = {
  id: 'promoting violence',
  text: 'Promote violence on publicly viewable Telegram channels, bots, etc.',
};
const ILLEGAL_PORNOGRAPHY: Clause = {
  id: 'illegal pornography',
  text: 'Post illegal pornographic content on publicly viewable Telegram channels, bots, etc.',
};
const WIDELY_ILLEGAL: Clause = {
  id: 'illegal activities',
  text: 'Engage in activities that are recognized as illegal in the majority of countries.',
};

const TOS_2024 = [TERMS_OF_SERVICE_2024];

function violation(code: string, label: string, tosClause: Clause, keywords: string[]): Violation {
  return {
    code,
    id: `tos/${code}`,
    label,
    status: 'violation',
    tosClause,
    keywords,
    sources: TOS_2024,
  };
}

const VIOLATIONS: Violation[] = [
  violation('terrorism', 'terrorism', WIDELY_ILLEGAL, [
    'terror',
    'jihadist',
    'islamic state',
    'isis',
    'daesh',
    'bomb',
    'explosive device',
    'financing of terrorism',
    'attentat',
  ]),
  violation('child_sexual_abuse', 'child sexual abuse material', WIDELY_ILLEGAL, [
    'child sexual abuse',
    'csam',
    'child pornography',
    'indecent images of children',
    'sexual exploitation of children',
    'sexual exploitation of a child',
    'grooming',
    'pédopornographie',
    'pedopornograf',
    'kinderpornograf',
    'pornografía infantil',
    'pornografia infantil',
  ]),
  violation('fraud_scams', 'fraud and scams', SPAM_AND_SCAMS, [
    'fraud',
    'defraud',
    'scam',
    'phishing',
    'ponzi',
    'pig butchering',
    'identity theft',
    'carding',
    'escroquerie',
    'betrug',
    'estafa',
    'truffa',
    'oszustw',
  ]),
  violation('drug_trafficking', 'drug trafficking', WIDELY_ILLEGAL, [
    'drug',
    'narcotic',
    'cocaine',
    'heroin',
    'methamphetamine',
    'fentanyl',
    'stupéfiants',
    'betäubungsmittel',
    'narcotráfico',
    'tráfico de drogas',
  ]),
  violation('weapons_trafficking', 'weapons trafficking', WIDELY_ILLEGAL, [
    'weapons trafficking',
    'arms trafficking',
    'gun trafficking',
    'firearm',
    'illegal weapons',
    'sale of weapons',
    'ammunition',
    'trafic d’armes',
    "trafic d'armes",
    'waffenhandel',
    'tráfico de armas',
  ]),
  violation('extortion', 'extortion and ransomware', WIDELY_ILLEGAL, [
    'extortion',
    'blackmail',
    'ransom',
    'sextortion',
    'erpressung',
    'extorsión',
    'estorsione',
  ]),
  violation('threats_doxxing', 'threats of violence and doxxing', WIDELY_ILLEGAL, [
    'death threat',
    'threat',
    'threatening',
    'doxx',
    'doxing',
    'stalking',
    'menaces de mort',
    'bedrohung',
    'amenazas',
  ]),
  violation('human_trafficking', 'human trafficking', WIDELY_ILLEGAL, [
    'human trafficking',
    'trafficking in human beings',
    'trafficking in persons',
    'forced labour',
    'forced labor',
    'migrant smuggling',
    'people smuggling',
    'traite des êtres humains',
    'menschenhandel',
    'trata de personas',
  ]),
  violation('hacking_malware', 'hacking and malware', WIDELY_ILLEGAL, [
    'hacking',
    'unauthorised access',
    'unauthorized access',
    'malware',
    'botnet',
    'ddos',
    'denial of service',
    'computer intrusion',
    'credential stuffing',
    'piratage informatique',
  ]),
  violation('money_laundering', 'money laundering', WIDELY_ILLEGAL, [
    'money laundering',
    'laundering',
    'blanchiment',
    'geldwäsche',
    'blanqueo',
    'riciclaggio',
  ]),
  violation(
    'non_consensual_intimate_images',
    'non-consensual intimate images',
    ILLEGAL_PORNOGRAPHY,
    [
      'revenge porn',
      'non-consensual intimate',
      'intimate images without consent',
      'deepfake pornography',
      'upskirt',
    ],
  ),
  violation('forged_documents', 'forged documents', WIDELY_ILLEGAL, [
    'forged document',
    'forgery',
    'counterfeit document',
    'fake passport',
    'fake id',
    'urkundenfälschung',
  ]),
  violation('incitement_to_violence', 'public incitement to violence', PUBLIC_VIOLENCE, [
    'incitement to violence',
    'inciting violence',
    'call to violence',
    'calls for violence',
    'incitement to murder',
  ]),
];

function protectedSpeech(
  code: string,
  label: string,
  rationale: string,
  keywords: string[],
  sources: OffenceCategory['sources'],
): OffenceCategory {
  return {
    code,
    id: `tos/${code}`,
    label,
    status: 'protected_speech',
    rationale,
    keywords,
    sources,
  };
}

const PROTECTED: OffenceCategory[] = [
  protectedSpeech(
    'political_dissent',
    'political dissent',
    'criticism of a government, its policies, its wars or its officials is political expression the Terms of Service allow and international law protects.',
    [
      'political dissent',
      'criticism of the government',
      'criticising the government',
      'criticizing the government',
      'anti-government',
      'discrediting the armed forces',
      'discrediting the army',
      'false information about the armed forces',
      'inciting subversion',
      'subversion of state power',
      'foreign agent',
      'undesirable organisation',
      'undesirable organization',
      'opposition activity',
    ],
    [ICCPR, generalComment34('paras. 38 and 42')],
  ),
  protectedSpeech(
    'journalism',
    'journalism',
    'gathering and publishing news, including leaked material in the public interest, is journalism, and identifying a journalist’s source is never a ground for disclosure.',
    [
      'journalist',
      'journalism',
      'independent media',
      'news outlet',
      'investigative report',
      'publishing leaked',
    ],
    [ICCPR, generalComment34('paras. 44–46')],
  ),
  protectedSpeech(
    'blasphemy',
    'blasphemy',
    'laws against blasphemy and “insulting religious feelings” criminalise expression about belief, which international human rights law protects.',
    [
      'blasphem',
      'insulting religion',
      'insulting religious feelings',
      'offending religious feelings',
      'insulting the prophet',
      'apostasy',
      'heresy',
    ],
    [ICCPR, generalComment34('para. 48')],
  ),
  protectedSpeech(
    'insulting_officials',
    'insulting officials',
    'insulting or mocking a head of state or an official is speech about public figures, which international law protects all the more; lèse-majesté and “insulting the president” laws are incompatible with freedom of expression.',
    [
      'insulting the president',
      'insult to the president',
      'insulting the head of state',
      'offending the president',
      'defaming the president',
      'insulting a public official',
      'insulting public officials',
      'insulting officials',
      'insulting the authorities',
      'insulting the supreme leader',
      'insulting state symbols',
      'disrespect for the authorities',
      'disrespect for the state',
      'lèse-majesté',
      'lese majeste',
      'lese-majeste',
      'cumhurbaşkanına hakaret',
      'outrage au chef de l',
    ],
    [ICCPR, generalComment34('para. 38')],
  ),
  protectedSpeech(
    'lgbt_expression',
    'LGBT expression',
    'expressing or promoting LGBT identities and relationships is protected expression; laws against “propaganda” of them discriminate and violate freedom of expression.',
    [
      'lgbt',
      'gay propaganda',
      'propaganda of non-traditional sexual',
      'non-traditional sexual relations',
      'homosexual',
      'sodomy',
      'same-sex',
      'cross-dressing',
    ],
    [
      ICCPR,
      {
        title: 'European Court of Human Rights, Bayev and Others v. Russia',
        section: 'applications nos. 67667/09 and others',
        date: '2017-06-20',
      },
    ],
  ),
  protectedSpeech(
    'peaceful_protest',
    'peaceful protest',
    'organising or taking part in a peaceful assembly, authorised or not, is protected; a missing permit is never a ground for disclosure.',
    [
      'peaceful protest',
      'unauthorised assembly',
      'unauthorized assembly',
      'unsanctioned rally',
      'unauthorised protest',
      'unauthorized protest',
      'organising a protest',
      'organizing a protest',
      'participation in a protest',
      'illegal gathering',
      'picket',
    ],
    [
      { ...ICCPR, section: 'art. 21' },
      {
        title:
          'UN Human Rights Committee, General Comment No. 37 (Article 21: right of peaceful assembly)',
        date: '2020-09-17',
      },
    ],
  ),
  protectedSpeech(
    'religious_belief',
    'religious belief and practice',
    'holding, practising and sharing a religion or belief, including one a state has banned or not registered, is protected.',
    ['jehovah', 'unregistered religious', 'proselyt', 'missionary activity', 'banned religious'],
    [{ ...ICCPR, section: 'art. 18' }],
  ),
  protectedSpeech(
    'censorship_circumvention',
    'circumventing censorship',
    'seeking and receiving information, including through tools that get around blocking, is part of freedom of expression.',
    [
      'vpn',
      'circumvention',
      'circumventing',
      'blocked website',
      'access to blocked',
      'mirror of a blocked',
    ],
    [{ ...ICCPR, section: 'art. 19(2)' }, generalComment34('para. 43')],
  ),
];

const NOT_VIOLATIONS: OffenceCategory[] = [
  {
    code: 'defamation',
    id: 'tos/defamation',
    label: 'defamation',
    status: 'not_a_violation',
    rationale:
      'the Terms of Service do not prohibit it, and criminal defamation laws are widely used against journalists and critics; disputes between persons are for civil courts.',
    keywords: ['defamation', 'libel', 'slander', 'diffamation', 'verleumdung', 'üble nachrede'],
    sources: [TERMS_OF_SERVICE_2024, internalPolicy('Offences outside the Terms of Service')],
  },
  {
    code: 'copyright_infringement',
    id: 'tos/copyright_infringement',
    label: 'copyright infringement',
    status: 'not_a_violation',
    rationale:
      'the platform handles infringing public content by takedown notices; it does not disclose subscriber data for it.',
    keywords: ['copyright', 'counterfeit goods', 'trademark infringement'],
    sources: [TERMS_OF_SERVICE_2024, internalPolicy('Offences outside the Terms of Service')],
  },
];

export const TOS_CATALOG_2024: TosCatalog = {
  id: 'tos-catalog/2024-09-23',
  title: 'Offence categories and the Terms of Service of 23 September 2024',
  termsOfService: TERMS_OF_SERVICE_2024,
  categories: [...VIOLATIONS, ...PROTECTED, ...NOT_VIOLATIONS],
};

/** What the Terms of Service prohibited before 23 September 2024. */
const CLAUSES_BEFORE_2024: Record<string, Clause> = {
  terrorism: PUBLIC_VIOLENCE,
  child_sexual_abuse: ILLEGAL_PORNOGRAPHY,
  fraud_scams: SPAM_AND_SCAMS,
  non_consensual_intimate_images: ILLEGAL_PORNOGRAPHY,
  incitement_to_violence: PUBLIC_VIOLENCE,
  threats_doxxing: PUBLIC_VIOLENCE,
};

function asBefore2024(category: OffenceCategory): OffenceCategory {
  const sources = [TERMS_OF_SERVICE_2018];
  if (category.status !== 'violation') return category;
  const clause = CLAUSES_BEFORE_2024[category.code];
  if (clause) return { ...category, tosClause: clause, sources };
  const { tosClause: _dropped, ...rest } = category;
  return {
    ...rest,
    status: 'not_a_violation',
    rationale:
      'the Terms of Service in force before 23 September 2024 did not prohibit it; they prohibited only spam and scams, promoting violence in public and posting illegal pornography in public.',
    sources,
  };
}

export const TOS_CATALOG_2018: TosCatalog = {
  id: 'tos-catalog/2018',
  title: 'Offence categories and the Terms of Service in force from 2018',
  termsOfService: TERMS_OF_SERVICE_2018,
  categories: TOS_CATALOG_2024.categories.map(asBefore2024),
};
