import {
  AUTHORITY_DIRECTORY_FORMAT,
  type AuthorityDirectory,
  type DirectoryAuthority,
} from '../authority-directory';

// DEMONSTRATION DATA, to be replaced before use. The authorities are real bodies, but every
// contact is invented so that a call-back made from a demo reaches nobody: email addresses use
// the reserved .example domain (RFC 2606), phone numbers come from ranges regulators reserve
// for fiction — UK drama numbers (Ofcom, 020 7946 0000–0999), North American 555-0100–0199
// and Australian (02) 5550 xxxx (ACMA). Countries without such a range use UK drama numbers.
// Replace each entry with the contact the authority publishes itself and the date it was checked.

const DEMO_SOURCE = {
  description:
    'Demonstration entry with invented contact details. Replace with the contact published by the authority itself (official website or government directory), found independently of any order.',
  retrievedOn: '2026-11-01',
};

function demo(
  id: string,
  name: string,
  country: string,
  kind: DirectoryAuthority['kind'],
  contact: DirectoryAuthority['contact'],
  aliases: string[] = [],
): DirectoryAuthority {
  return { id, name, aliases, country, kind, contact, source: DEMO_SOURCE, demo: true };
}

export const SEED_AUTHORITY_DIRECTORY: AuthorityDirectory = {
  format: AUTHORITY_DIRECTORY_FORMAT,
  updatedOn: '2026-11-01',
  entries: [
    demo(
      'fr-tj-paris',
      'Tribunal judiciaire de Paris',
      'FR',
      'court',
      {
        phone: '+44 20 7946 0101',
        email: 'greffe-penal@tj-paris.example',
      },
      ['Paris Judicial Court'],
    ),
    demo(
      'fr-parquet-paris',
      'Parquet du tribunal judiciaire de Paris',
      'FR',
      'prosecutor',
      {
        phone: '+44 20 7946 0102',
        email: 'cyber@parquet-paris.example',
      },
      ['Paris Public Prosecutor’s Office'],
    ),
    demo(
      'de-ag-frankfurt',
      'Amtsgericht Frankfurt am Main',
      'DE',
      'court',
      {
        phone: '+44 20 7946 0111',
        email: 'ermittlungsrichter@ag-frankfurt.example',
      },
      ['Local Court of Frankfurt am Main'],
    ),
    demo(
      'de-zit',
      'Generalstaatsanwaltschaft Frankfurt am Main – ZIT',
      'DE',
      'prosecutor',
      {
        phone: '+44 20 7946 0112',
        email: 'zit@gsta-frankfurt.example',
      },
      ['Zentralstelle zur Bekämpfung der Internetkriminalität'],
    ),
    demo(
      'nl-rb-den-haag',
      'Rechtbank Den Haag',
      'NL',
      'court',
      {
        phone: '+44 20 7946 0121',
        email: 'rechter-commissaris@rb-denhaag.example',
      },
      ['District Court of The Hague'],
    ),
    demo(
      'nl-om-landelijk-parket',
      'Openbaar Ministerie – Landelijk Parket',
      'NL',
      'prosecutor',
      {
        phone: '+44 20 7946 0122',
        email: 'lp@om-nl.example',
      },
      ['Netherlands Public Prosecution Service – National Office'],
    ),
    demo(
      'es-an-jci',
      'Audiencia Nacional – Juzgado Central de Instrucción',
      'ES',
      'investigating_judge',
      {
        phone: '+44 20 7946 0131',
        email: 'jci@audiencia-nacional.example',
      },
      ['Audiencia Nacional Central Investigating Court'],
    ),
    demo(
      'it-procura-milano',
      'Procura della Repubblica presso il Tribunale di Milano',
      'IT',
      'prosecutor',
      {
        phone: '+44 20 7946 0141',
        email: 'cyber@procura-milano.example',
      },
      ['Milan Public Prosecutor’s Office'],
    ),
    demo(
      'be-juge-instruction-bruxelles',
      'Juge d’instruction de Bruxelles',
      'BE',
      'investigating_judge',
      {
        phone: '+44 20 7946 0151',
        email: 'instruction@tpi-bruxelles.example',
      },
      ['Brussels Investigating Judge', 'Onderzoeksrechter Brussel'],
    ),
    demo(
      'pl-so-warszawa',
      'Sąd Okręgowy w Warszawie',
      'PL',
      'court',
      {
        phone: '+44 20 7946 0161',
        email: 'wydzial-karny@so-warszawa.example',
      },
      ['Regional Court in Warsaw'],
    ),
    demo(
      'at-lg-wien',
      'Landesgericht für Strafsachen Wien',
      'AT',
      'court',
      {
        phone: '+44 20 7946 0171',
        email: 'journal@lg-wien.example',
      },
      ['Vienna Regional Criminal Court'],
    ),
    demo(
      'ie-district-court-dublin',
      'District Court (Dublin Metropolitan District)',
      'IE',
      'court',
      {
        phone: '+44 20 7946 0181',
        email: 'criminal-office@districtcourt-dublin.example',
      },
    ),
    demo('gb-southwark-crown-court', 'Southwark Crown Court', 'GB', 'court', {
      phone: '+44 20 7946 0201',
      email: 'listing@southwark-crown-court.example',
    }),
    demo(
      'gb-met-police',
      'Metropolitan Police Service',
      'GB',
      'police',
      {
        phone: '+44 20 7946 0202',
        email: 'lawful-requests@met-police.example',
      },
      ['Met Police'],
    ),
    demo('gb-nca', 'National Crime Agency', 'GB', 'police', {
      phone: '+44 20 7946 0203',
      email: 'communications-data@nca.example',
    }),
    demo(
      'us-dcd',
      'United States District Court for the District of Columbia',
      'US',
      'court',
      {
        phone: '+1 202 555 0101',
        email: 'criminal-clerk@dcd-uscourts.example',
      },
      ['U.S. District Court for the District of Columbia'],
    ),
    demo(
      'us-fbi',
      'Federal Bureau of Investigation',
      'US',
      'police',
      {
        phone: '+1 202 555 0102',
        email: 'legal-process@fbi.example',
      },
      ['FBI'],
    ),
    demo('ca-oncj', 'Ontario Court of Justice', 'CA', 'court', {
      phone: '+1 416 555 0103',
      email: 'criminal@ontariocourts.example',
    }),
    demo(
      'au-afp',
      'Australian Federal Police',
      'AU',
      'police',
      {
        phone: '+61 2 5550 0104',
        email: 'lawful-disclosure@afp.example',
      },
      ['AFP'],
    ),
    demo(
      'ch-bezirksgericht-zuerich',
      'Bezirksgericht Zürich',
      'CH',
      'court',
      {
        phone: '+44 20 7946 0211',
        email: 'strafgericht@bezirksgericht-zuerich.example',
      },
      ['District Court of Zurich'],
    ),
    demo(
      'br-tjsp',
      'Tribunal de Justiça do Estado de São Paulo',
      'BR',
      'court',
      {
        phone: '+44 20 7946 0221',
        email: 'criminal@tjsp.example',
      },
      ['São Paulo State Court of Justice'],
    ),
    demo(
      'ua-pechersk-court',
      'Печерський районний суд міста Києва',
      'UA',
      'court',
      {
        phone: '+44 20 7946 0231',
        email: 'inbox@pechersk-court.example',
      },
      ['Pechersk District Court of Kyiv'],
    ),
    demo(
      'tr-ankara-sulh-ceza',
      'Ankara Sulh Ceza Hakimliği',
      'TR',
      'court',
      {
        phone: '+44 20 7946 0241',
        email: 'sulhceza@ankara-adliye.example',
      },
      ['Ankara Criminal Judgeship of Peace'],
    ),
  ],
};
