import type { BusinessCalendar } from '../business-calendar';
import type { PolicyVersion } from '../policy-version';
import type { PublicSource } from '../source';
import { eEvidenceRegulation, internalPolicy } from './sources';

// Rules both seed versions share, parameterised by the version's own privacy policy text.

export function judicialInstruments(privacyPolicy: PublicSource): PolicyVersion['instruments'] {
  const sources = [privacyPolicy];
  return {
    court_order: {
      id: 'instrument/court_order',
      class: 'judicial',
      text: 'A court order is an order of a judicial authority.',
      sources,
    },
    warrant: {
      id: 'instrument/warrant',
      class: 'judicial',
      text: 'A warrant issued by a judge is an order of a judicial authority.',
      sources,
    },
    judges_order: {
      id: 'instrument/judges_order',
      class: 'judicial',
      text: 'An order of a judge, including an investigating judge, is an order of a judicial authority.',
      sources,
    },
    european_production_order: {
      id: 'instrument/european_production_order',
      class: 'route_specific',
      routes: ['e_evidence'],
      text: 'A European Production Order suffices only on the EU e-Evidence route, from a Member State bound by Regulation (EU) 2023/1543, for orders received from 18 August 2026.',
      sources: [eEvidenceRegulation('arts. 3(1), 4 and 34'), privacyPolicy],
    },
    subpoena: {
      id: 'instrument/subpoena',
      class: 'not_judicial',
      text: 'A subpoena issued without a judge, such as a grand-jury or administrative subpoena, is not an order of a judicial authority.',
      sources,
    },
    police_request: {
      id: 'instrument/police_request',
      class: 'not_judicial',
      text: 'A police request, letter or email is not an order of a judicial authority.',
      sources,
    },
    emergency_request: {
      id: 'instrument/emergency_request',
      class: 'emergency',
      text: 'An emergency disclosure request is not an order of a judicial authority; it is assessed by a reviewer and never passes on its own.',
      sources: [privacyPolicy, internalPolicy('Emergency requests')],
    },
    other: {
      id: 'instrument/other',
      class: 'unknown',
      text: 'An instrument the intake could not classify is read and classified by a reviewer.',
      sources: [internalPolicy('Unclassified instruments')],
    },
  };
}

export function suspectRule(privacyPolicy: PublicSource): PolicyVersion['suspect'] {
  return {
    id: 'suspect/named-suspect',
    qualifyingStatuses: ['suspect'],
    text: 'The order must confirm that each target account is a suspect; witnesses, victims and persons of interest are never disclosed about.',
    sources: [privacyPolicy],
  };
}

export function scopeRule(privacyPolicy: PublicSource): PolicyVersion['scope'] {
  return {
    id: 'scope/ip-and-phone',
    disclosableCategories: ['ip_addresses', 'phone_number'],
    windowedCategories: ['ip_addresses'],
    text: 'Only the IP address and the phone number may be disclosed; message content, contacts, location and everything else are declined.',
    sources: [privacyPolicy],
    ipWindow: {
      id: 'scope/ip-window',
      maxDays: 365,
      text: 'IP addresses are disclosed only within the time window the order names, which must end after it starts, end no later than the order’s receipt and span at most 365 days.',
      sources: [
        internalPolicy(
          'IP address windows',
          'A longer window is disproportionate to identifying a suspect; the authority is asked to narrow it.',
        ),
        {
          title: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
          section: 'art. 5(1)(c) (data minimisation)',
          url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
        },
      ],
    },
  };
}

export const AUTHENTICITY_RULE: PolicyVersion['authenticity'] = {
  id: 'authenticity/call-back',
  text: 'Before anything is released, the requester is verified out of band by a call-back to a contact found independently of the order, recorded in the authority directory; contact details printed on the order are never used for it.',
  sources: [
    internalPolicy(
      'Verifying requesters',
      'Forged emergency requests sent from compromised police mailboxes are the best-known way data is obtained fraudulently from providers.',
    ),
  ],
};

export const UNPROFILED_JURISDICTION_RULE: PolicyVersion['unprofiledJurisdiction'] = {
  id: 'jurisdiction/unprofiled',
  text: 'An order from a jurisdiction without a profile is assessed by the legal team, and the profile added, before anything is disclosed.',
  sources: [internalPolicy('Jurisdiction profiles')],
};

export const DEFAULT_CALENDAR: BusinessCalendar = {
  id: 'calendar/default',
  timeZone: 'UTC',
  weekendDays: [0, 6],
  holidays: [],
  coverage: { from: '2000-01-01', to: '2099-12-31' },
  sources: [internalPolicy('Default business days')],
  note: 'Saturday and Sunday only, for jurisdictions whose own calendar the policy does not hold.',
};
