import type { UnansweredJurisdiction } from '../jurisdiction-profile';
import { internalPolicy } from './sources';

// Jurisdictions whose orders the platform does not answer. Each is a deliberate decision of the
// legal team, taken because the courts there are used to prosecute peaceful speech, protest or
// belief, so that a "valid order" from them cannot be trusted not to target a dissident. A
// refusal still gets a reply, and a credible threat to life is escalated to the legal team.

const DECISION = internalPolicy(
  'Jurisdictions not answered',
  'Reviewed yearly by the legal team; a reviewer may still escalate an emergency involving a threat to life.',
);

export const NOT_ANSWERED: UnansweredJurisdiction[] = [
  {
    status: 'not_answered',
    country: 'RU',
    id: 'jurisdiction/ru',
    reason:
      'Russian courts convict people for peaceful speech under the laws against “discrediting” the armed forces and spreading “false information” about them (Criminal Code arts. 207.3 and 280.3), and Russia ceased to be a party to the European Convention on Human Rights on 16 September 2022, so its orders cannot be trusted not to target dissent.',
    sources: [
      {
        title:
          'Council of Europe, Committee of Ministers Resolution CM/Res(2022)2 on the cessation of the membership of the Russian Federation',
        date: '2022-03-16',
      },
      DECISION,
    ],
  },
  {
    status: 'not_answered',
    country: 'BY',
    id: 'jurisdiction/by',
    reason:
      'Since 2020 Belarusian courts have convicted thousands of people for peaceful protest and for following or running independent media labelled “extremist”, as the UN Special Rapporteur on the situation of human rights in Belarus has documented.',
    sources: [
      {
        title: 'UN Special Rapporteur on the situation of human rights in Belarus',
        note: 'Mandate created by Human Rights Council resolution 20/13 (2012); annual reports to the Council.',
        url: 'https://www.ohchr.org/en/special-procedures/sr-belarus',
      },
      DECISION,
    ],
  },
  {
    status: 'not_answered',
    country: 'IR',
    id: 'jurisdiction/ir',
    reason:
      'Iranian Revolutionary Courts impose long prison terms and death sentences for peaceful protest, journalism and religious dissent, as documented by the UN Independent International Fact-Finding Mission on the Islamic Republic of Iran.',
    sources: [
      {
        title:
          'UN Human Rights Council resolution S-35/1 establishing the Independent International Fact-Finding Mission on Iran',
        date: '2022-11-24',
        url: 'https://www.ohchr.org/en/hr-bodies/hrc/ffm-iran/index',
      },
      DECISION,
    ],
  },
  {
    status: 'not_answered',
    country: 'KP',
    id: 'jurisdiction/kp',
    reason:
      'North Korea has no independent judiciary; the UN Commission of Inquiry found systematic, widespread and gross human rights violations, including an almost complete denial of freedom of thought, expression and religion, and the country is under UN Security Council sanctions.',
    sources: [
      {
        title:
          'Report of the Commission of Inquiry on Human Rights in the Democratic People’s Republic of Korea',
        section: 'UN doc. A/HRC/25/63',
        date: '2014-02-07',
      },
      {
        title: 'UN Security Council resolution 1718 (2006) and later resolutions',
        date: '2006-10-14',
      },
      DECISION,
    ],
  },
  {
    status: 'not_answered',
    country: 'MM',
    id: 'jurisdiction/mm',
    reason:
      'Since the military seized power on 1 February 2021, courts, including military tribunals under martial law, have convicted journalists and peaceful protesters in closed proceedings, as documented by the UN Special Rapporteur on the situation of human rights in Myanmar.',
    sources: [
      {
        title: 'UN Special Rapporteur on the situation of human rights in Myanmar',
        url: 'https://www.ohchr.org/en/special-procedures/sr-myanmar',
      },
      DECISION,
    ],
  },
  {
    status: 'not_answered',
    country: 'AF',
    id: 'jurisdiction/af',
    reason:
      'The Taliban de facto authorities replaced the constitutional courts with their own, punish women, journalists and critics for their speech and appearance, and do not hold Afghanistan’s seat at the United Nations, as the UN Assistance Mission in Afghanistan reports.',
    sources: [
      {
        title: 'UN Assistance Mission in Afghanistan (UNAMA), human rights reports',
        url: 'https://unama.unmissions.org/human-rights',
      },
      DECISION,
    ],
  },
  {
    status: 'not_answered',
    country: 'CN',
    id: 'jurisdiction/cn',
    reason:
      'Chinese courts work under the leadership of the Communist Party and convict peaceful critics, lawyers and journalists under vague offences such as “picking quarrels and provoking trouble” (Criminal Law art. 293) and “inciting subversion of state power” (art. 105).',
    sources: [
      {
        title: 'OHCHR Assessment of human rights concerns in the Xinjiang Uyghur Autonomous Region',
        date: '2022-08-31',
        url: 'https://www.ohchr.org/en/documents/country-reports/ohchr-assessment-human-rights-concerns-xinjiang-uyghur-autonomous-region',
      },
      DECISION,
    ],
  },
];
