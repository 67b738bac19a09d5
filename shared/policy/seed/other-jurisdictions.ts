import type { AnsweredJurisdiction, RouteRule } from '../jurisdiction-profile';
import type { Source } from '../source';
import { SEED_CALENDARS } from './calendars';
import { cloudActRoute, domesticRoute, mlatRoute } from './routes';
import { EUROPEAN_MLA_CONVENTION, US_AUSTRALIA_AGREEMENT, US_UK_AGREEMENT } from './sources';

// Answered jurisdictions outside the EU. Every route still requires a judge's order.

const law = (title: string, section?: string, url?: string): Source => ({
  title,
  ...(section ? { section } : {}),
  ...(url ? { url } : {}),
});

function profile(
  country: string,
  routes: (country: string) => RouteRule[],
  note?: string,
): AnsweredJurisdiction {
  const calendar = SEED_CALENDARS[country];
  if (!calendar) throw new Error(`no calendar for ${country}`);
  return {
    status: 'answered',
    country,
    id: `jurisdiction/${country.toLowerCase()}`,
    routes: routes(country),
    calendar,
    ...(note ? { note } : {}),
  };
}

export const OTHER_ANSWERED: AnsweredJurisdiction[] = [
  profile('GB', (c) => [
    domesticRoute(c, [
      law(
        'Police and Criminal Evidence Act 1984',
        's. 9 and Schedule 1 (production orders made by a circuit judge)',
      ),
      law(
        'Crime (Overseas Production Orders) Act 2019',
        's. 1 (overseas production orders made by a judge)',
      ),
    ]),
    mlatRoute(c, [EUROPEAN_MLA_CONVENTION]),
    cloudActRoute(c, US_UK_AGREEMENT),
  ]),
  profile(
    'US',
    (c) => [
      domesticRoute(c, [
        law(
          'Stored Communications Act, 18 U.S.C. § 2703',
          '§ 2703(c)–(d) (warrants and court orders; subpoenas are not accepted)',
          'https://www.law.cornell.edu/uscode/text/18/2703',
        ),
      ]),
      mlatRoute(c),
      cloudActRoute(c, US_UK_AGREEMENT),
    ],
    'The CLOUD Act agreement route covers orders of US courts under the US–UK agreement. The US–Australia agreement is in force as well (see Australia); negotiations with the EU and with Canada had not produced an agreement in force when this policy was adopted.',
  ),
  profile('CA', (c) => [
    domesticRoute(c, [
      law(
        'Criminal Code (R.S.C. 1985, c. C-46)',
        'ss. 487.014–487.017 (production orders made by a justice or judge)',
      ),
      law(
        'R. v. Spencer, 2014 SCC 43',
        'subscriber information behind an IP address needs prior judicial authorisation',
      ),
    ]),
    mlatRoute(c),
  ]),
  profile('AU', (c) => [
    domesticRoute(c, [law('Telecommunications (Interception and Access) Act 1979 (Cth)')]),
    mlatRoute(c),
    cloudActRoute(c, US_AUSTRALIA_AGREEMENT),
  ]),
  profile('NZ', (c) => [
    domesticRoute(c, [
      law('Search and Surveillance Act 2012', 'Part 3, subpart 2 (production orders)'),
    ]),
    mlatRoute(c),
  ]),
  profile('CH', (c) => [
    domesticRoute(c, [
      law(
        'Schweizerische Strafprozessordnung (StPO)',
        'arts. 269–273 (approval by the compulsory measures court, art. 272)',
      ),
    ]),
    mlatRoute(c, [EUROPEAN_MLA_CONVENTION]),
  ]),
  profile('NO', (c) => [
    domesticRoute(c, [law('Straffeprosessloven (Criminal Procedure Act)')]),
    mlatRoute(c, [EUROPEAN_MLA_CONVENTION]),
  ]),
  profile('IS', (c) => [
    domesticRoute(c, [law('Lög um meðferð sakamála nr. 88/2008 (Criminal Procedure Act)')]),
    mlatRoute(c, [EUROPEAN_MLA_CONVENTION]),
  ]),
  profile('JP', (c) => [
    domesticRoute(c, [
      law(
        'Code of Criminal Procedure (Act No. 131 of 1948)',
        'art. 218 (seizure under a warrant issued by a judge)',
      ),
    ]),
    mlatRoute(c),
  ]),
  profile('KR', (c) => [
    domesticRoute(c, [
      law(
        'Protection of Communications Secrets Act',
        'art. 13 (court permission for communication confirmation data)',
      ),
    ]),
    mlatRoute(c),
  ]),
  profile('BR', (c) => [
    domesticRoute(c, [
      law(
        'Marco Civil da Internet (Lei n.º 12.965/2014)',
        'arts. 10 and 22 (connection and access records only by court order)',
      ),
    ]),
    mlatRoute(c),
  ]),
  profile('IN', (c) => [
    domesticRoute(c, [
      law(
        'Bharatiya Nagarik Suraksha Sanhita, 2023',
        's. 94 (formerly Code of Criminal Procedure, 1973, s. 91)',
      ),
    ]),
    mlatRoute(c),
  ]),
  profile('AE', (c) => [
    domesticRoute(c, [law('Federal Criminal Procedure Law of the United Arab Emirates')]),
    mlatRoute(c),
  ]),
  profile('UA', (c) => [
    domesticRoute(c, [
      law(
        'Criminal Procedure Code of Ukraine',
        'arts. 159–166 (temporary access to items and documents by ruling of an investigating judge)',
      ),
    ]),
    mlatRoute(c, [EUROPEAN_MLA_CONVENTION]),
  ]),
  profile(
    'TR',
    (c) => [mlatRoute(c, [EUROPEAN_MLA_CONVENTION])],
    'Orders of the criminal judgeships of peace (sulh ceza hakimlikleri) are not accepted directly: the Venice Commission found that these judgeships lack sufficient guarantees of independence and impartiality (Opinion CDL-AD(2017)004).',
  ),
  profile('ZA', (c) => [
    domesticRoute(c, [
      law(
        'Criminal Procedure Act 51 of 1977',
        's. 205 (information ordered by a judge or magistrate)',
      ),
      law(
        'Regulation of Interception of Communications and Provision of Communication-Related Information Act 70 of 2002',
      ),
    ]),
    mlatRoute(c),
  ]),
];
