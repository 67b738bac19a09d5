import type { z } from 'zod';
import type { Order } from '../../shared/order';

type OrderInput = z.input<typeof Order>;

/** A well-formed order, as a court would send it; override what a test is about. */
export function sampleOrder(overrides: Partial<OrderInput> = {}): OrderInput {
  return {
    format: 'disclosure-desk/order@1',
    reference: 'PR-PARIS-2026-004417',
    channel: 'email',
    receivedAt: '2026-03-02T08:14:00Z',
    authority: {
      // As listed in the authority directory, so only the emergency flag calls for a second
      // person's call-back.
      name: 'Tribunal judiciaire de Paris',
      country: 'FR',
      kind: 'investigating_judge',
      contact: {
        name: 'Greffe',
        email: 'greffe-penal@tj-paris.example',
        phone: '+44 20 7946 0101',
      },
    },
    instrument: 'judges_order',
    route: 'domestic',
    legalBasis: 'Code de procédure pénale, art. 99-3',
    caseNumber: 'JI-2026-4471',
    emergency: false,
    targets: [
      { identifier: { kind: 'username', value: '@fastcash_invest' }, status: 'suspect' },
      { identifier: { kind: 'user_id', value: '5012345678' }, status: 'suspect' },
    ],
    offences: [{ category: 'fraud_scams', description: 'Organised investment fraud.' }],
    dataRequested: ['ip_addresses', 'phone_number', 'message_content'],
    ipWindow: { from: '2026-01-01T00:00:00Z', to: '2026-02-28T23:59:59Z' },
    ...overrides,
  };
}

/** The smallest file that starts like a PDF; the service checks the magic bytes only. */
export function samplePdf(text = 'order'): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);
}

/** A preservation request from the sample order's court: data kept, nothing handed over. */
export function samplePreservation(
  instrument: 'epoc_pr' | 'us_preservation',
  overrides: Partial<OrderInput> = {},
): OrderInput {
  return sampleOrder({
    reference: `PRES-${instrument}-2026-0001`,
    kind: 'preservation',
    preservation: { instrument },
    ...(instrument === 'epoc_pr'
      ? { instrument: 'european_production_order', route: 'e_evidence' }
      : {}),
    ...overrides,
  });
}
