import type { DataCategory } from '../../order';
import type { RouteRule } from '../jurisdiction-profile';
import type { Source } from '../source';
import {
  CLOUD_ACT_DEADLINE,
  DOMESTIC_DEADLINE,
  DSA_DEADLINE,
  E_EVIDENCE_DEADLINE,
  MLAT_DEADLINE,
} from './deadlines';
import {
  BUDAPEST_CONVENTION,
  CLOUD_ACT,
  digitalServicesAct,
  eEvidenceRegulation,
  internalPolicy,
} from './sources';

// The routes of the seed policy, built per country so that every rule has its own id.

/** Everything a route can reach in law; what the platform discloses is narrowed by the scope rule. */
const ALL_DATA: DataCategory[] = [
  'ip_addresses',
  'phone_number',
  'profile_information',
  'payment_information',
  'device_information',
  'location',
  'contacts',
  'message_content',
];

const JUDGES_ONLY = internalPolicy(
  'Judicial instruments',
  'Whatever national law lets a prosecutor or the police request, the platform answers only orders issued or authorised by a judge, except on the EU e-Evidence route.',
);

const id = (country: string, route: string) => `${country.toLowerCase()}/${route}`;

export const E_EVIDENCE_APPLIES_FROM = '2026-08-18';

export function eEvidenceRoute(country: string): RouteRule {
  return {
    id: id(country, 'e_evidence'),
    route: 'e_evidence',
    text: 'A European Production Order, transmitted as a European Production Order Certificate (EPOC), issued or validated by a judge, a court, an investigating judge or — for subscriber data and data requested solely to identify the user — a public prosecutor of a Member State bound by the Regulation. Available for orders received from 18 August 2026.',
    instruments: ['european_production_order'],
    authorityKinds: ['court', 'investigating_judge', 'prosecutor'],
    dataCategories: ALL_DATA,
    issuerLimits: [
      {
        id: id(country, 'e_evidence/prosecutor'),
        kinds: ['prosecutor'],
        dataCategories: [
          'phone_number',
          'profile_information',
          'payment_information',
          'ip_addresses',
        ],
        conditions: [
          {
            category: 'ip_addresses',
            text: 'the IP addresses are requested for the sole purpose of identifying the user (art. 3(10))',
          },
        ],
        text: 'A public prosecutor may issue a European Production Order for subscriber data and for data requested for the sole purpose of identifying the user; other traffic data and content data need a judge, a court or an investigating judge.',
        sources: [eEvidenceRegulation('art. 4(1) and 4(2)')],
      },
    ],
    availableFrom: E_EVIDENCE_APPLIES_FROM,
    deadline: E_EVIDENCE_DEADLINE,
    sources: [eEvidenceRegulation('arts. 4, 9 and 34')],
  };
}

export function dsaRoute(country: string): RouteRule {
  return {
    id: id(country, 'dsa_contact_point'),
    route: 'dsa_contact_point',
    text: 'An order to provide information about specific recipients of the service, sent to the platform’s single point of contact for Member State authorities. The Act also lets administrative authorities issue such orders; the platform answers only those of a court or an investigating judge.',
    instruments: ['court_order', 'judges_order', 'warrant'],
    authorityKinds: ['court', 'investigating_judge'],
    dataCategories: ALL_DATA,
    issuerLimits: [],
    deadline: DSA_DEADLINE,
    sources: [digitalServicesAct('arts. 10 and 11'), JUDGES_ONLY],
  };
}

export function mlatRoute(country: string, treaties: readonly Source[] = []): RouteRule {
  return {
    id: id(country, 'mlat'),
    route: 'mlat',
    text: 'A mutual legal assistance request executed through the authorities of the state where the platform is established, ending in an order of a court or investigating judge there.',
    instruments: ['court_order', 'judges_order', 'warrant'],
    authorityKinds: ['court', 'investigating_judge'],
    dataCategories: ALL_DATA,
    issuerLimits: [],
    deadline: MLAT_DEADLINE,
    sources: [...treaties, BUDAPEST_CONVENTION, JUDGES_ONLY],
  };
}

export function domesticRoute(country: string, law: readonly Source[]): RouteRule {
  return {
    id: id(country, 'domestic'),
    route: 'domestic',
    text: 'An order under the issuing state’s own criminal procedure, served directly on the platform, accepted only when a court or investigating judge issued or authorised it.',
    instruments: ['court_order', 'judges_order', 'warrant'],
    authorityKinds: ['court', 'investigating_judge'],
    dataCategories: ALL_DATA,
    issuerLimits: [],
    deadline: DOMESTIC_DEADLINE,
    sources: [...law, JUDGES_ONLY],
  };
}

export function cloudActRoute(country: string, agreement: Source): RouteRule {
  return {
    id: id(country, 'cloud_act'),
    route: 'cloud_act',
    text: 'An order issued under a CLOUD Act executive agreement in force with the United States, accepted when issued or authorised by a court or judge and addressed to the platform’s entity covered by the agreement.',
    instruments: ['court_order', 'judges_order', 'warrant'],
    authorityKinds: ['court', 'investigating_judge'],
    dataCategories: ALL_DATA,
    issuerLimits: [],
    deadline: CLOUD_ACT_DEADLINE,
    sources: [agreement, CLOUD_ACT, JUDGES_ONLY],
  };
}
