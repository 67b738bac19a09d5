import type { AnsweredJurisdiction, JurisdictionProfile } from '../jurisdiction-profile';
import { POLICY_FORMAT, type PolicyVersion } from '../policy-version';
import {
  AUTHENTICITY_RULE,
  DEFAULT_CALENDAR,
  judicialInstruments,
  scopeRule,
  suspectRule,
  UNPROFILED_JURISDICTION_RULE,
} from './baseline-rules';
import { DEFAULT_DEADLINE } from './deadlines';
import { EU_MEMBER_STATES } from './eu-member-states';
import { NOT_ANSWERED } from './not-answered';
import { OTHER_ANSWERED } from './other-jurisdictions';
import { PRIVACY_POLICY_2018 } from './sources';
import { TOS_CATALOG_2018 } from './tos-catalog';

/** Routes that did not exist in 2018: the e-Evidence Regulation, the DSA, the CLOUD Act agreements. */
const LATER_ROUTES = new Set(['e_evidence', 'dsa_contact_point', 'cloud_act']);

function asIn2018(profile: JurisdictionProfile): JurisdictionProfile {
  if (profile.status !== 'answered') return profile;
  const { note: _laterNote, ...rest } = profile;
  const answered: AnsweredJurisdiction = {
    ...rest,
    routes: profile.routes.filter((r) => !LATER_ROUTES.has(r.route)),
  };
  return answered;
}

export const POLICY_2018: PolicyVersion = {
  format: POLICY_FORMAT,
  version: '2018',
  effectiveFrom: '2018-08-14',
  title: 'Disclosure to authorities: terror suspects under a court order',
  baselineRule: {
    id: 'baseline/2018',
    text: 'If the platform receives a court order that confirms a user is a terror suspect, it may disclose that user’s IP address and phone number to the relevant authorities; such disclosures are included in a semiannual transparency report.',
    source: PRIVACY_POLICY_2018,
  },
  instruments: {
    ...judicialInstruments(PRIVACY_POLICY_2018),
    european_production_order: {
      id: 'instrument/european_production_order/2018',
      class: 'not_judicial',
      text: 'The 2018 policy requires a court order; a European Production Order, which a prosecutor may issue, is not one.',
      sources: [PRIVACY_POLICY_2018],
    },
  },
  suspect: suspectRule(PRIVACY_POLICY_2018),
  offences: {
    id: 'offences/terrorism-only',
    qualifying: { kind: 'listed', categories: ['terrorism'] },
    text: 'Only terrorism is grounds for disclosure; offences that criminalise speech the Terms of Service allow never are.',
    sources: [PRIVACY_POLICY_2018],
  },
  scope: scopeRule(PRIVACY_POLICY_2018),
  authenticity: AUTHENTICITY_RULE,
  unprofiledJurisdiction: UNPROFILED_JURISDICTION_RULE,
  defaultDeadline: DEFAULT_DEADLINE,
  defaultCalendar: DEFAULT_CALENDAR,
  jurisdictions: [...EU_MEMBER_STATES, ...OTHER_ANSWERED, ...NOT_ANSWERED].map(asIn2018),
  tosCatalog: TOS_CATALOG_2018,
  note: 'Jurisdiction profiles are the current ones without the routes that did not exist in 2018 (e-Evidence, DSA and CLOUD Act agreements), so that cases decided under this version can be compared with the current one.',
};
