import type { Order } from '../../../shared/order';

/** The documented example order (examples/order.json), as the intake would receive it. */
export const EXAMPLE_ORDER: Order = {
  format: 'disclosure-desk/order@1',
  reference: 'PR-PARIS-2026-004417',
  channel: 'email',
  receivedAt: '2026-11-20T09:14:00Z',
  authority: {
    name: "Tribunal judiciaire de Paris — juge d'instruction",
    country: 'FR',
    kind: 'investigating_judge',
    contact: {
      name: "Greffe du cabinet d'instruction",
      email: 'greffe.instruction@justice.example',
      phone: '+33 1 99 00 00 00',
    },
  },
  instrument: 'judges_order',
  route: 'domestic',
  legalBasis: "Code de procédure pénale, art. 99-3 (réquisition du juge d'instruction)",
  caseNumber: 'JI-2026-4471',
  emergency: false,
  nonDisclosure: {
    prohibited: true,
    until: '2027-05-20',
    terms: 'Do not notify the account holder while the investigation is open.',
  },
  targets: [
    { identifier: { kind: 'username', value: '@fastcash_invest' }, status: 'suspect' },
    { identifier: { kind: 'user_id', value: '5012345678' }, status: 'suspect' },
  ],
  offences: [
    {
      category: 'fraud_scams',
      description:
        'Organised investment fraud: fake crypto trading signals sold to over 300 victims.',
    },
  ],
  dataRequested: ['ip_addresses', 'phone_number', 'message_content'],
  ipWindow: { from: '2026-08-01T00:00:00Z', to: '2026-10-31T23:59:59Z' },
  respondBy: '2026-12-04T17:00:00+01:00',
  documents: [{ name: 'ordonnance-JI-2026-4471.pdf' }],
};
