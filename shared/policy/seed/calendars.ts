import type { BusinessCalendar, HolidayRuleChange } from '../business-calendar';
import type { Source } from '../source';
import { HOLIDAY_DATA_SOURCE } from './sources';

// Business-day calendars of the answered jurisdictions: Saturday and Sunday off, plus the public
// holidays the `date-holidays` data set computes for any year. Listed here is only what the data
// set cannot know or gets wrong, each with its source.

const CANADA_LABOUR_CODE: Source = {
  title: 'Canada Labour Code (R.S.C. 1985, c. L-2)',
  section: 's. 166 (general holidays)',
  url: 'https://laws-lois.justice.gc.ca/eng/acts/L-2/section-166.html',
};

const CY_HOLIDAYS: Source = {
  title: 'Republic of Cyprus, public holidays as published by the Press and Information Office',
  note: 'Kataklysmos (Whit Monday, fifty days after Orthodox Easter) is a public holiday the data set does not list.',
};

const KR_HOLIDAYS: Source = {
  title: 'Regulations on Holidays of Government Offices (Presidential Decree, Republic of Korea)',
  section: 'art. 2',
  note: 'Seollal is the day before, the day of and the day after the lunar new year; the data set starts it on the day itself.',
};

const AE_HOLIDAYS: Source = {
  title: 'UAE Cabinet Resolution No. 27 of 2024 on official holidays',
  note: 'Arafat Day, Commemoration Day and the National Day holiday are official holidays; the Night Journey and the first day of Ramadan are not days off.',
};

const UA_MARTIAL_LAW: Source = {
  title: 'Law of Ukraine No. 2136-IX of 15 March 2022',
  section: 'art. 73 of the Labour Code suspended under martial law',
};

function change(rule: string, name: string, source: Source): HolidayRuleChange {
  return { rule, name, source };
}

function computed(
  country: string,
  timeZone: string,
  options: {
    subdivision?: string;
    added?: HolidayRuleChange[];
    removed?: HolidayRuleChange[];
    note?: string;
  } = {},
): BusinessCalendar {
  return {
    id: `calendar/${country.toLowerCase()}`,
    timeZone,
    weekendDays: [0, 6],
    publicHolidays: {
      country,
      ...(options.subdivision ? { subdivision: options.subdivision } : {}),
      added: options.added ?? [],
      removed: options.removed ?? [],
    },
    holidays: [],
    sources: [HOLIDAY_DATA_SOURCE],
    ...(options.note ? { note: options.note } : {}),
  };
}

export const SEED_CALENDARS: Record<string, BusinessCalendar> = {
  AT: computed('AT', 'Europe/Vienna'),
  BE: computed('BE', 'Europe/Brussels'),
  BG: computed('BG', 'Europe/Sofia'),
  HR: computed('HR', 'Europe/Zagreb'),
  CY: computed('CY', 'Asia/Nicosia', {
    added: [change('orthodox 50', 'Kataklysmos (Whit Monday)', CY_HOLIDAYS)],
  }),
  CZ: computed('CZ', 'Europe/Prague'),
  DK: computed('DK', 'Europe/Copenhagen'),
  EE: computed('EE', 'Europe/Tallinn'),
  FI: computed('FI', 'Europe/Helsinki'),
  FR: computed('FR', 'Europe/Paris'),
  DE: computed('DE', 'Europe/Berlin', {
    note: 'Nationwide holidays only; holidays of a single Land are not counted.',
  }),
  GR: computed('GR', 'Europe/Athens'),
  HU: computed('HU', 'Europe/Budapest'),
  IE: computed('IE', 'Europe/Dublin'),
  IT: computed('IT', 'Europe/Rome'),
  LV: computed('LV', 'Europe/Riga'),
  LT: computed('LT', 'Europe/Vilnius'),
  LU: computed('LU', 'Europe/Luxembourg'),
  MT: computed('MT', 'Europe/Malta'),
  NL: computed('NL', 'Europe/Amsterdam'),
  PL: computed('PL', 'Europe/Warsaw'),
  PT: computed('PT', 'Europe/Lisbon'),
  RO: computed('RO', 'Europe/Bucharest'),
  SK: computed('SK', 'Europe/Bratislava'),
  SI: computed('SI', 'Europe/Ljubljana'),
  ES: computed('ES', 'Europe/Madrid', {
    note: 'National holidays only; holidays of an autonomous community are not counted.',
  }),
  SE: computed('SE', 'Europe/Stockholm'),
  GB: computed('GB', 'Europe/London', {
    subdivision: 'ENG',
    note: 'Bank holidays of England and Wales (Banking and Financial Dealings Act 1971); Scotland and Northern Ireland differ.',
  }),
  US: computed('US', 'America/New_York', {
    note: 'Federal holidays (5 U.S.C. § 6103), with the substitute days federal offices observe.',
  }),
  CA: computed('CA', 'America/Toronto', {
    added: [
      change('monday before 05-25', 'Victoria Day', CANADA_LABOUR_CODE),
      change('09-30 since 2021', 'National Day for Truth and Reconciliation', CANADA_LABOUR_CODE),
      change('2nd monday in October', 'Thanksgiving Day', CANADA_LABOUR_CODE),
      change('11-11', 'Remembrance Day', CANADA_LABOUR_CODE),
      change('12-26', 'Boxing Day', CANADA_LABOUR_CODE),
    ],
    note: 'General holidays under the Canada Labour Code, s. 166; provincial holidays are not counted.',
  }),
  AU: computed('AU', 'Australia/Sydney', {
    subdivision: 'ACT',
    note: 'Public holidays of the Australian Capital Territory, where the federal authorities sit.',
  }),
  NZ: computed('NZ', 'Pacific/Auckland'),
  CH: computed('CH', 'Europe/Zurich', {
    subdivision: 'BE',
    note: 'Public holidays of the canton of Bern, where the federal authorities sit; other cantons differ.',
  }),
  NO: computed('NO', 'Europe/Oslo'),
  IS: computed('IS', 'Atlantic/Reykjavik'),
  JP: computed('JP', 'Asia/Tokyo'),
  KR: computed('KR', 'Asia/Seoul', {
    removed: [change('korean 01-0-01 P3D', 'Korean New Year', KR_HOLIDAYS)],
    added: [change('1 day before korean 01-0-01 P3D', 'Seollal', KR_HOLIDAYS)],
    note: 'Seollal and Chuseok count three days each; holidays proclaimed for elections are not listed.',
  }),
  BR: computed('BR', 'America/Sao_Paulo'),
  IN: computed('IN', 'Asia/Kolkata', {
    note: 'Central government public holidays; state holidays are not counted.',
  }),
  AE: computed('AE', 'Asia/Dubai', {
    removed: [
      change('27 Rajab', 'Laylat al-Mi’raj', AE_HOLIDAYS),
      change('1 Ramadan', 'First day of Ramadan', AE_HOLIDAYS),
    ],
    added: [
      change('9 Dhu al-Hijjah', 'Arafat Day', AE_HOLIDAYS),
      change('12-01', 'Commemoration Day', AE_HOLIDAYS),
      change('12-03', 'National Day holiday', AE_HOLIDAYS),
    ],
    note: 'Islamic holidays follow the sighting of the moon and are announced shortly before; the computed dates are estimates, corrected here by date when the government announces them.',
  }),
  UA: {
    id: 'calendar/ua',
    timeZone: 'Europe/Kyiv',
    weekendDays: [0, 6],
    holidays: [],
    coverage: { from: '2022-02-24', to: '2099-12-31' },
    sources: [UA_MARTIAL_LAW],
    note: 'Under martial law, in force since 24 February 2022, public holidays are working days (Law of Ukraine No. 2136-IX of 15 March 2022), so none is counted.',
  },
  TR: computed('TR', 'Europe/Istanbul', {
    note: 'Ramazan Bayramı counts three days and Kurban Bayramı four; the half-day eves are not counted.',
  }),
  ZA: computed('ZA', 'Africa/Johannesburg'),
};
