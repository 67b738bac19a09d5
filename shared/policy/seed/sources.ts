import type { PublicSource, Source } from '../source';

// Citations shared by several rules of the seed policy.

export const PRIVACY_POLICY_2024: PublicSource = {
  title: 'Telegram Privacy Policy',
  section: '§8.3 Law Enforcement Authorities',
  date: '2024-09-23',
  url: 'https://telegram.org/privacy',
};

export const PRIVACY_POLICY_2018: PublicSource = {
  title: 'Telegram Privacy Policy',
  section: '§8.3 Law Enforcement Authorities',
  date: '2018-08-14',
  url: 'https://telegram.org/privacy',
  note: 'Superseded on 2024-09-23; the 2018 wording is preserved in public web archives of the page.',
};

export const TERMS_OF_SERVICE_2024: PublicSource = {
  title: 'Telegram Terms of Service',
  date: '2024-09-23',
  url: 'https://telegram.org/tos',
};

export const TERMS_OF_SERVICE_2018: PublicSource = {
  title: 'Telegram Terms of Service',
  date: '2018-08-14',
  url: 'https://telegram.org/tos',
  note: 'The version in force before 2024-09-23, preserved in public web archives of the page.',
};

export function internalPolicy(section: string, note?: string): Source {
  return { title: 'Platform internal policy', section, ...(note ? { note } : {}) };
}

export const E_EVIDENCE_URL = 'https://eur-lex.europa.eu/eli/reg/2023/1543/oj';

export function eEvidenceRegulation(section: string, note?: string): Source {
  return {
    title: 'Regulation (EU) 2023/1543 (e-Evidence)',
    section,
    date: '2023-07-12',
    url: E_EVIDENCE_URL,
    ...(note ? { note } : {}),
  };
}

export const PERIODS_REGULATION: Source = {
  title:
    'Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates and time limits',
  section: 'art. 3',
  url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj',
};

export function digitalServicesAct(section: string): Source {
  return {
    title: 'Regulation (EU) 2022/2065 (Digital Services Act)',
    section,
    date: '2022-10-19',
    url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
  };
}

export const BUDAPEST_CONVENTION: Source = {
  title: 'Council of Europe Convention on Cybercrime (ETS No. 185)',
  section: 'art. 31 (mutual assistance regarding accessing of stored computer data)',
  url: 'https://www.coe.int/en/web/cybercrime/the-budapest-convention',
};

export const EUROPEAN_MLA_CONVENTION: Source = {
  title: 'European Convention on Mutual Assistance in Criminal Matters (ETS No. 030)',
  date: '1959-04-20',
  url: 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=030',
};

export const US_UK_AGREEMENT: Source = {
  title:
    'Agreement between the Government of the United Kingdom of Great Britain and Northern Ireland and the Government of the United States of America on Access to Electronic Data for the Purpose of Countering Serious Crime',
  date: '2019-10-03',
  url: 'https://www.justice.gov/criminal/cloud-act-resources',
  note: 'Signed 3 October 2019; in force since 3 October 2022. Orders under it must concern serious crime and may not target persons located in the other country.',
};

export const US_AUSTRALIA_AGREEMENT: Source = {
  title:
    'Agreement between the Government of the United States of America and the Government of Australia on Access to Electronic Data for the Purpose of Countering Serious Crime',
  date: '2021-12-15',
  url: 'https://www.justice.gov/criminal/cloud-act-resources',
  note: 'Signed 15 December 2021; in force since January 2024.',
};

export const CLOUD_ACT: Source = {
  title: 'Clarifying Lawful Overseas Use of Data (CLOUD) Act',
  section: '18 U.S.C. § 2523 (executive agreements on access to data by foreign governments)',
  url: 'https://www.law.cornell.edu/uscode/text/18/2523',
};

export const HOLIDAY_DATA_SOURCE: Source = {
  title: 'date-holidays: worldwide public holidays',
  url: 'https://github.com/commenthol/date-holidays',
  note: 'Public holidays computed for any year from the maintained date-holidays data set (CC BY-SA 3.0), with the corrections each calendar lists. Check against the official gazette before relying on a due date to the day; a missing holiday can only bring a due date earlier.',
};

export const ICCPR: Source = {
  title: 'International Covenant on Civil and Political Rights',
  date: '1966-12-16',
  url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-civil-and-political-rights',
};

export function generalComment34(section: string): Source {
  return {
    title:
      'UN Human Rights Committee, General Comment No. 34 (Article 19: freedoms of opinion and expression)',
    section,
    date: '2011-09-12',
    url: 'https://www2.ohchr.org/english/bodies/hrc/docs/gc34.pdf',
  };
}
