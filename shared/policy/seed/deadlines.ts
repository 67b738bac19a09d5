import type { DeadlineRule } from '../jurisdiction-profile';
import {
  digitalServicesAct,
  eEvidenceRegulation,
  internalPolicy,
  PERIODS_REGULATION,
} from './sources';

export const E_EVIDENCE_DEADLINE: DeadlineRule = {
  id: 'deadline/e_evidence',
  unit: 'calendar_days',
  amount: 10,
  emergencyHours: 8,
  rollForward: false,
  text: 'The addressee of a European Production Order Certificate transmits the data at the latest within 10 days of receipt, and within 8 hours of receipt in an emergency. The platform counts calendar days and does not move a period that ends on a non-working day, so its due date is never later than the Regulation’s.',
  sources: [
    eEvidenceRegulation('art. 10(3) (10 days) and art. 10(4) (8 hours in emergency cases)'),
    {
      ...PERIODS_REGULATION,
      note: 'Art. 3(4) would extend a period ending on a Saturday, Sunday or public holiday to the next working day; the platform deliberately does not rely on it.',
    },
  ],
};

export const DOMESTIC_DEADLINE: DeadlineRule = {
  id: 'deadline/domestic',
  unit: 'business_days',
  amount: 10,
  emergencyHours: 24,
  rollForward: false,
  text: 'Domestic orders are answered within 10 business days of the issuing jurisdiction, and emergencies within 24 hours, unless the order lawfully sets a shorter period.',
  sources: [internalPolicy('Response times: domestic orders')],
};

export const MLAT_DEADLINE: DeadlineRule = {
  id: 'deadline/mlat',
  unit: 'business_days',
  amount: 20,
  emergencyHours: 24,
  rollForward: false,
  text: 'Orders executing a mutual legal assistance request are answered within 20 business days, and emergencies within 24 hours; mutual legal assistance treaties set no period for the provider.',
  sources: [internalPolicy('Response times: mutual legal assistance')],
};

export const CLOUD_ACT_DEADLINE: DeadlineRule = {
  id: 'deadline/cloud_act',
  unit: 'business_days',
  amount: 10,
  emergencyHours: 24,
  rollForward: false,
  text: 'Orders under a CLOUD Act agreement are answered within 10 business days, and emergencies within 24 hours; the agreements set no period for the provider.',
  sources: [internalPolicy('Response times: CLOUD Act agreements')],
};

export const DSA_DEADLINE: DeadlineRule = {
  id: 'deadline/dsa',
  unit: 'business_days',
  amount: 10,
  emergencyHours: 24,
  rollForward: false,
  text: 'The Digital Services Act requires the provider to inform the authority of the effect given to an order to provide information without undue delay; the platform answers within 10 business days, and emergencies within 24 hours.',
  sources: [digitalServicesAct('art. 10(1)'), internalPolicy('Response times: DSA orders')],
};

export const DEFAULT_DEADLINE: DeadlineRule = {
  id: 'deadline/default',
  unit: 'business_days',
  amount: 10,
  emergencyHours: 24,
  rollForward: false,
  text: 'Where no accepted route sets a deadline, the platform answers within 10 business days, and emergencies within 24 hours, if only to refuse or to ask for a judicial instrument.',
  sources: [internalPolicy('Response times: default')],
};
