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
import { PRIVACY_POLICY_2024 } from './sources';
import { TOS_CATALOG_2024 } from './tos-catalog';

export const POLICY_2024_09_23: PolicyVersion = {
  format: POLICY_FORMAT,
  version: '2024-09-23',
  effectiveFrom: '2024-09-23',
  title:
    'Disclosure to authorities: suspects of criminal activity that violates the Terms of Service',
  baselineRule: {
    id: 'baseline/2024-09-23',
    text: 'If the platform receives a valid order from the relevant judicial authorities that confirms a user is a suspect in a case involving criminal activities that violate the Terms of Service, it performs a legal analysis of the request and may disclose that user’s IP address and phone number to the relevant authorities; such disclosures are included in a quarterly transparency report.',
    source: PRIVACY_POLICY_2024,
  },
  instruments: judicialInstruments(PRIVACY_POLICY_2024),
  suspect: suspectRule(PRIVACY_POLICY_2024),
  offences: {
    id: 'offences/tos-violation',
    qualifying: { kind: 'any_violation' },
    text: 'The alleged criminal activity must violate the Terms of Service; offences that criminalise speech the Terms of Service allow are never grounds for disclosure.',
    sources: [PRIVACY_POLICY_2024],
  },
  scope: scopeRule(PRIVACY_POLICY_2024),
  authenticity: AUTHENTICITY_RULE,
  unprofiledJurisdiction: UNPROFILED_JURISDICTION_RULE,
  defaultDeadline: DEFAULT_DEADLINE,
  defaultCalendar: DEFAULT_CALENDAR,
  jurisdictions: [...EU_MEMBER_STATES, ...OTHER_ANSWERED, ...NOT_ANSWERED],
  tosCatalog: TOS_CATALOG_2024,
};
