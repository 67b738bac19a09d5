import type { AnsweredJurisdiction } from '../jurisdiction-profile';
import type { Source } from '../source';
import { SEED_CALENDARS } from './calendars';
import { domesticRoute, dsaRoute, eEvidenceRoute, mlatRoute } from './routes';
import { EUROPEAN_MLA_CONVENTION } from './sources';

// The 27 EU member states. Each accepts domestic orders, mutual legal assistance (including
// European Investigation Orders) and DSA orders to provide information; all but Denmark also
// accept European Production Orders from 18 August 2026.

const law = (title: string, section?: string): Source => ({
  title,
  ...(section ? { section } : {}),
});

interface MemberState {
  country: string;
  law: Source;
  bound: boolean;
  note?: string;
}

const MEMBER_STATES: MemberState[] = [
  { country: 'AT', law: law('Strafprozessordnung 1975 (StPO)', '§§ 134–137'), bound: true },
  {
    country: 'BE',
    law: law('Code d’instruction criminelle', 'arts. 46bis and 88bis'),
    bound: true,
  },
  {
    country: 'BG',
    law: law('Наказателно-процесуален кодекс (Criminal Procedure Code)', 'art. 159a'),
    bound: true,
  },
  { country: 'HR', law: law('Zakon o kaznenom postupku (Criminal Procedure Act)'), bound: true },
  { country: 'CY', law: law('Criminal Procedure Law, Cap. 155'), bound: true },
  { country: 'CZ', law: law('Trestní řád (Act No. 141/1961 Coll.)', '§ 88a'), bound: true },
  {
    country: 'DK',
    law: law('Retsplejeloven (Administration of Justice Act)', 'chapter 71'),
    bound: false,
    note: 'Denmark does not take part in Regulation (EU) 2023/1543 and is not bound by it (Protocol No 22 on the position of Denmark), so it has no e-Evidence route; Danish orders come as domestic orders, by mutual legal assistance or under the DSA.',
  },
  {
    country: 'EE',
    law: law('Kriminaalmenetluse seadustik (Code of Criminal Procedure)', '§ 90¹'),
    bound: true,
  },
  {
    country: 'FI',
    law: law('Pakkokeinolaki (Coercive Measures Act 806/2011)', 'chapter 10'),
    bound: true,
  },
  {
    country: 'FR',
    law: law('Code de procédure pénale', 'arts. 60-1, 77-1-1 and 99-3'),
    bound: true,
  },
  { country: 'DE', law: law('Strafprozessordnung (StPO)', '§§ 100g, 100j and 101a'), bound: true },
  {
    country: 'GR',
    law: law('Κώδικας Ποινικής Δικονομίας (Code of Criminal Procedure)'),
    bound: true,
  },
  { country: 'HU', law: law('Act XC of 2017 on Criminal Procedure'), bound: true },
  {
    country: 'IE',
    law: law('Communications (Retention of Data) (Amendment) Act 2022', 'authorisation by a judge'),
    bound: true,
    note: 'Ireland takes part in Regulation (EU) 2023/1543 but not in the European Investigation Order Directive (2014/41/EU); other requests come by mutual legal assistance.',
  },
  {
    country: 'IT',
    law: law('Decreto legislativo 196/2003', 'art. 132(3), as amended by decreto-legge 132/2021'),
    bound: true,
  },
  { country: 'LV', law: law('Kriminālprocesa likums (Criminal Procedure Law)'), bound: true },
  {
    country: 'LT',
    law: law('Baudžiamojo proceso kodeksas (Code of Criminal Procedure)'),
    bound: true,
  },
  { country: 'LU', law: law('Code de procédure pénale', 'art. 67-1'), bound: true },
  { country: 'MT', law: law('Criminal Code (Chapter 9 of the Laws of Malta)'), bound: true },
  { country: 'NL', law: law('Wetboek van Strafvordering', 'arts. 126n and 126na'), bound: true },
  { country: 'PL', law: law('Kodeks postępowania karnego', 'art. 218'), bound: true },
  {
    country: 'PT',
    law: law('Lei n.º 109/2009 (Lei do Cibercrime)', 'arts. 14 and 18'),
    bound: true,
  },
  { country: 'RO', law: law('Codul de procedură penală', 'arts. 152 and 170'), bound: true },
  { country: 'SK', law: law('Trestný poriadok (Act No. 301/2005 Coll.)', '§ 116'), bound: true },
  {
    country: 'SI',
    law: law('Zakon o kazenskem postopku (Criminal Procedure Act)', 'art. 149b'),
    bound: true,
  },
  {
    country: 'ES',
    law: law('Ley de Enjuiciamiento Criminal', 'arts. 588 ter j and 588 ter k'),
    bound: true,
  },
  {
    country: 'SE',
    law: law('Rättegångsbalken (Code of Judicial Procedure)', 'chapter 27'),
    bound: true,
  },
];

export const EU_MEMBER_STATE_CODES = MEMBER_STATES.map((m) => m.country);

function memberStateProfile(state: MemberState): AnsweredJurisdiction {
  const calendar = SEED_CALENDARS[state.country];
  if (!calendar) throw new Error(`no calendar for ${state.country}`);
  return {
    status: 'answered',
    country: state.country,
    id: `jurisdiction/${state.country.toLowerCase()}`,
    routes: [
      domesticRoute(state.country, [state.law]),
      mlatRoute(state.country, [EUROPEAN_MLA_CONVENTION]),
      ...(state.bound ? [eEvidenceRoute(state.country)] : []),
      dsaRoute(state.country),
    ],
    calendar,
    ...(state.note ? { note: state.note } : {}),
  };
}

export const EU_MEMBER_STATES: AnsweredJurisdiction[] = MEMBER_STATES.map(memberStateProfile);
