import type { AuthorityKind, Instrument, Route } from '../../shared/order';
import type { SeededRandom } from './seeded-random';

export interface DemoAuthority {
  name: string;
  kind: AuthorityKind;
  /** What this authority typically sends. */
  instruments: readonly Instrument[];
}

export interface DemoJurisdiction {
  alpha3: string;
  alpha2: string;
  authorities: readonly DemoAuthority[];
  legalBasis: readonly string[];
  routes: readonly Route[];
  /** A mobile number in E.164 form. */
  phone(random: SeededRandom): string;
  caseNumber(random: SeededRandom, year: number): string;
  /** An official-looking mail domain for call-back contacts (all under .example). */
  mailDomain: string;
}

const court = (name: string): DemoAuthority => ({
  name,
  kind: 'court',
  instruments: ['court_order', 'warrant'],
});
const judge = (name: string): DemoAuthority => ({
  name,
  kind: 'investigating_judge',
  instruments: ['judges_order'],
});
const prosecutor = (name: string): DemoAuthority => ({
  name,
  kind: 'prosecutor',
  instruments: ['judges_order', 'court_order', 'other'],
});
const police = (name: string): DemoAuthority => ({
  name,
  kind: 'police',
  instruments: ['police_request', 'emergency_request', 'subpoena'],
});

export const DEMO_JURISDICTIONS: readonly DemoJurisdiction[] = [
  {
    alpha3: 'IND',
    alpha2: 'IN',
    authorities: [
      court('Court of the Chief Judicial Magistrate, Patiala House Courts, New Delhi'),
      court('Court of the Additional Chief Metropolitan Magistrate, Esplanade, Mumbai'),
      court('Court of the Chief Judicial Magistrate, Bengaluru Urban'),
      police('Cyber Crime Police Station, Bengaluru City'),
      police('Indian Cyber Crime Coordination Centre (I4C)'),
      police('Mumbai Police — Cyber Cell'),
    ],
    legalBasis: [
      'Section 94, Bharatiya Nagarik Suraksha Sanhita, 2023',
      'Section 79(3)(b), Information Technology Act, 2000',
    ],
    routes: ['domestic', 'mlat'],
    phone: (r) => `+91${r.pick(['9', '8', '7'])}${r.digits(9)}`,
    caseNumber: (r, y) => `FIR ${r.int(1, 999)}/${y}`,
    mailDomain: 'police.gov.in.example',
  },
  {
    alpha3: 'DEU',
    alpha2: 'DE',
    authorities: [
      court('Amtsgericht Berlin-Tiergarten'),
      court('Amtsgericht Frankfurt am Main'),
      court('Amtsgericht München'),
      prosecutor('Generalstaatsanwaltschaft Bamberg — Zentralstelle Cybercrime Bayern'),
      prosecutor('Staatsanwaltschaft Köln'),
      police('Landeskriminalamt Baden-Württemberg'),
    ],
    legalBasis: ['§ 100j StPO in Verbindung mit § 22 TDDDG', '§ 100g StPO'],
    routes: ['domestic', 'mlat'],
    phone: (r) => `+49${r.pick(['151', '160', '170', '176'])}${r.digits(8)}`,
    caseNumber: (r, y) => `${r.int(100, 999)} Js ${r.int(1000, 99999)}/${String(y).slice(2)}`,
    mailDomain: 'justiz.de.example',
  },
  {
    alpha3: 'FRA',
    alpha2: 'FR',
    authorities: [
      judge("Tribunal judiciaire de Paris — juge d'instruction"),
      judge("Tribunal judiciaire de Marseille — juge d'instruction"),
      judge("Tribunal judiciaire de Lyon — juge d'instruction"),
      prosecutor('Parquet de Paris — section J3 (cybercriminalité)'),
      police('Office anti-cybercriminalité (OFAC)'),
    ],
    legalBasis: [
      'Code de procédure pénale, art. 99-3',
      'Code de procédure pénale, art. 60-1 et 77-1-1',
    ],
    routes: ['domestic', 'mlat'],
    phone: (r) => `+33${r.pick(['6', '7'])}${r.digits(8)}`,
    caseNumber: (r, y) => `JI-${y}-${r.int(1000, 9999)}`,
    mailDomain: 'justice.fr.example',
  },
  {
    alpha3: 'KOR',
    alpha2: 'KR',
    authorities: [
      court('Seoul Central District Court'),
      court('Busan District Court'),
      prosecutor("Seoul Central District Prosecutors' Office"),
      police('Korean National Police Agency — Cyber Bureau'),
    ],
    legalBasis: [
      'Criminal Procedure Act, art. 215',
      'Protection of Communications Secrets Act, art. 13',
    ],
    routes: ['mlat', 'domestic'],
    phone: (r) => `+8210${r.digits(8)}`,
    caseNumber: (r, y) => `${y}-Go-${r.int(1000, 99999)}`,
    mailDomain: 'scourt.go.kr.example',
  },
  {
    alpha3: 'GBR',
    alpha2: 'GB',
    authorities: [
      court("Westminster Magistrates' Court"),
      court('Crown Court at Southwark'),
      police('National Crime Agency'),
      police('Metropolitan Police Service — Cyber Crime Unit'),
    ],
    legalBasis: [
      'Crime (International Co-operation) Act 2003, s. 7',
      'Investigatory Powers Act 2016, Part 3',
    ],
    routes: ['mlat', 'domestic'],
    phone: (r) => `+447${r.pick(['4', '5', '7', '8', '9'])}${r.digits(8)}`,
    caseNumber: (r) => `T${r.int(20250000, 20259999)}`,
    mailDomain: 'justice.gov.uk.example',
  },
  {
    alpha3: 'ESP',
    alpha2: 'ES',
    authorities: [
      judge('Audiencia Nacional — Juzgado Central de Instrucción n.º 5'),
      judge('Juzgado de Instrucción n.º 3 de Madrid'),
      judge('Juzgado de Instrucción n.º 12 de Barcelona'),
      police('Guardia Civil — Unidad Central Operativa'),
    ],
    legalBasis: ['Ley de Enjuiciamiento Criminal, art. 588 ter j', 'Ley 25/2007, art. 1'],
    routes: ['domestic', 'mlat'],
    phone: (r) => `+34${r.pick(['6', '7'])}${r.digits(8)}`,
    caseNumber: (r, y) => `DP ${r.int(100, 9999)}/${y}`,
    mailDomain: 'justicia.es.example',
  },
  {
    alpha3: 'USA',
    alpha2: 'US',
    authorities: [
      court('U.S. District Court for the Southern District of New York'),
      court('U.S. District Court for the Northern District of California'),
      prosecutor('U.S. Department of Justice — Office of International Affairs'),
      police('Federal Bureau of Investigation'),
    ],
    legalBasis: ['18 U.S.C. § 2703(d)', '18 U.S.C. § 3512 (foreign assistance)'],
    routes: ['mlat', 'domestic'],
    phone: (r) => `+1${r.int(201, 989)}${r.int(200, 999)}${r.digits(4)}`,
    caseNumber: (r, y) => `${String(y).slice(2)}-mj-${r.int(1000, 9999)}`,
    mailDomain: 'usdoj.gov.example',
  },
  {
    alpha3: 'POL',
    alpha2: 'PL',
    authorities: [
      court('Sąd Rejonowy dla Warszawy-Mokotowa'),
      court('Sąd Okręgowy w Krakowie'),
      prosecutor('Prokuratura Okręgowa w Warszawie'),
      police('Centralne Biuro Zwalczania Cyberprzestępczości'),
    ],
    legalBasis: ['Kodeks postępowania karnego, art. 218', 'Prawo telekomunikacyjne, art. 180d'],
    routes: ['domestic', 'mlat'],
    phone: (r) => `+48${r.pick(['5', '6', '7', '8'])}${r.digits(8)}`,
    caseNumber: (r, y) => `PO I Ds ${r.int(1, 999)}.${y}`,
    mailDomain: 'prokuratura.gov.pl.example',
  },
  {
    alpha3: 'KAZ',
    alpha2: 'KZ',
    authorities: [
      judge('Specialised Interdistrict Investigating Court of Astana'),
      prosecutor("Prosecutor General's Office of the Republic of Kazakhstan"),
      police('Ministry of Internal Affairs — Cybercrime Department'),
    ],
    legalBasis: ['Criminal Procedure Code of the Republic of Kazakhstan, art. 232'],
    routes: ['mlat', 'domestic'],
    phone: (r) => `+77${r.pick(['0', '4', '7'])}${r.digits(8)}`,
    caseNumber: (r, y) => `${y}${r.digits(10)}`,
    mailDomain: 'prokuror.gov.kz.example',
  },
  {
    alpha3: 'PRT',
    alpha2: 'PT',
    authorities: [
      judge('Tribunal Judicial da Comarca de Lisboa — Juízo de Instrução Criminal'),
      judge('Tribunal Judicial da Comarca do Porto — Juízo de Instrução Criminal'),
      police('Polícia Judiciária — UNC3T'),
    ],
    legalBasis: ['Lei n.º 109/2009 (Lei do Cibercrime), art. 14.º'],
    routes: ['domestic', 'mlat'],
    phone: (r) => `+3519${r.pick(['1', '2', '3', '6'])}${r.digits(7)}`,
    caseNumber: (r, y) => `${r.int(100, 9999)}/${String(y).slice(2)}.${r.int(1, 9)}JDLSB`,
    mailDomain: 'tribunais.org.pt.example',
  },
  {
    alpha3: 'ROU',
    alpha2: 'RO',
    authorities: [
      court('Tribunalul București — Secția I Penală'),
      prosecutor('DIICOT — Structura Centrală'),
    ],
    legalBasis: ['Cod de procedură penală, art. 170'],
    routes: ['domestic', 'mlat'],
    phone: (r) => `+407${r.digits(8)}`,
    caseNumber: (r, y) => `${r.int(100, 9999)}/D/P/${y}`,
    mailDomain: 'diicot.ro.example',
  },
  {
    alpha3: 'SWE',
    alpha2: 'SE',
    authorities: [
      court('Stockholms tingsrätt'),
      prosecutor(
        'Åklagarmyndigheten — Riksenheten mot internationell och organiserad brottslighet',
      ),
      police('Polismyndigheten — Nationellt IT-brottscentrum'),
    ],
    legalBasis: ['Rättegångsbalken 27 kap. 19 §', 'Lag (2012:278), 2 §'],
    routes: ['domestic', 'mlat'],
    phone: (r) => `+467${r.pick(['0', '2', '3', '6'])}${r.digits(7)}`,
    caseNumber: (r, y) => `AM-${r.int(10000, 999999)}-${String(y).slice(2)}`,
    mailDomain: 'aklagare.se.example',
  },
  {
    alpha3: 'CAN',
    alpha2: 'CA',
    authorities: [
      court('Ontario Court of Justice'),
      court('Court of Quebec — Criminal and Penal Division'),
      police('Royal Canadian Mounted Police — National Cybercrime Coordination Centre'),
    ],
    legalBasis: [
      'Criminal Code, s. 487.015 (production order)',
      'Mutual Legal Assistance in Criminal Matters Act',
    ],
    routes: ['mlat', 'domestic'],
    phone: (r) => `+1${r.pick(['416', '514', '604', '613'])}${r.int(200, 999)}${r.digits(4)}`,
    caseNumber: (r, y) => `${y}-${r.int(10000, 99999)}`,
    mailDomain: 'rcmp-grc.gc.ca.example',
  },
  {
    alpha3: 'ARG',
    alpha2: 'AR',
    authorities: [
      judge('Juzgado Nacional en lo Criminal y Correccional Federal n.º 4'),
      prosecutor('Ministerio Público Fiscal — Unidad Fiscal Especializada en Ciberdelincuencia'),
    ],
    legalBasis: ['Código Procesal Penal Federal, art. 150'],
    routes: ['mlat', 'domestic'],
    phone: (r) => `+54911${r.digits(8)}`,
    caseNumber: (r, y) => `CFP ${r.int(100, 9999)}/${y}`,
    mailDomain: 'mpf.gob.ar.example',
  },
  {
    alpha3: 'CYP',
    alpha2: 'CY',
    authorities: [
      court('District Court of Nicosia'),
      police('Cyprus Police — Office for Combating Cybercrime'),
    ],
    legalBasis: ['Criminal Procedure Law, Cap. 155, s. 27'],
    routes: ['domestic', 'mlat'],
    phone: (r) => `+3579${r.pick(['6', '7', '9'])}${r.digits(6)}`,
    caseNumber: (r, y) => `${r.int(1000, 99999)}/${y}`,
    mailDomain: 'police.gov.cy.example',
  },
];
