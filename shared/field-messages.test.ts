import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import exampleOrder from '../examples/order.json';
import { DeliveryInput } from './disclosure/delivery';
import { zodIssues } from './errors';
import { fieldLabel, optionLabel } from './field-messages';
import { MutationRequest } from './mutations';
import { Order } from './order';
import { Review } from './review';
import { NewUser } from './users';
import { VerificationInput } from './verification';

/** Library wording and internal keys: none may reach a reader. */
const LEAKS = [
  /Invalid (input|option|string|element|key)/i,
  /^expected\b/i,
  /\breceived (undefined|string|number|boolean|object|array|null)\b/i,
  /expected one of/i,
  /"\w+"\|/,
  /\b[a-z]+_[a-z_]+\b/, // snake_case keys such as judges_order
  /\b[a-z]+[A-Z][a-z]+\b/, // camelCase keys such as receivedAt
  /\(root\)|\(file\)/,
];

function leaks(text: string): RegExp[] {
  return LEAKS.filter((pattern) => pattern.test(text));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every variant of `value` with one leaf replaced, one key removed or one key added. */
function* hostileVariants(value: Json): Generator<Json> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      for (const variant of hostileVariants(value[i] ?? null)) {
        yield value.map((v, j) => (j === i ? variant : v));
      }
    }
    yield [...value, 'surplus'];
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const { [key]: child, ...rest } = value;
      yield rest;
      for (const variant of hostileVariants(child ?? null)) yield { ...value, [key]: variant };
    }
    yield { ...value, surplus: 1 };
    return;
  }
  yield 'no such value';
  yield 42;
  yield true;
  yield '';
  yield null;
  yield 'x'.repeat(5000);
}

/** Every issue the schema raises over every hostile variant of a valid sample. */
function issuesOver(schema: z.ZodType, sample: Json) {
  expect(schema.safeParse(sample).success, 'the sample itself is valid').toBe(true);
  const found: { path: string; message: string }[] = [];
  for (const variant of hostileVariants(sample)) {
    const parsed = schema.safeParse(variant);
    if (!parsed.success) found.push(...zodIssues(parsed.error));
  }
  return found;
}

const preservation: Json = {
  ...(exampleOrder as Json as Record<string, Json>),
  kind: 'preservation',
  preservation: { instrument: 'us_preservation' },
  documents: [{ name: 'order.pdf', sha256: 'a'.repeat(64) }],
  targets: [
    { identifier: { kind: 'username', value: '@fastcash_invest' }, status: 'suspect' },
    { identifier: { kind: 'user_id', value: '5012345678' }, status: 'witness' },
    { identifier: { kind: 'phone', value: '+33612345678' }, status: 'victim' },
    { identifier: { kind: 'display_name', value: 'Jean Dupont' }, status: 'person_of_interest' },
    { identifier: { kind: 'other', value: 'the seller' }, status: 'unspecified' },
  ],
};
const epoc: Json = {
  ...(exampleOrder as Json as Record<string, Json>),
  channel: 'e_evidence_system',
  instrument: 'european_production_order',
  route: 'e_evidence',
  epoc: { ipSolelyForIdentification: true },
};
const verification: Json = {
  calledBy: 'Remy Reviewer',
  contactName: 'Duty clerk',
  channel: 'phone',
  contactUsed: '+33 1 44 32 51 51',
  source: 'directory',
  sourceReference: '',
  verifiedAt: '2026-03-02T08:50:00Z',
  outcome: 'confirmed',
  note: '',
};
const review: Json = {
  checks: {
    instrument: { result: 'pass', note: '' },
    jurisdiction: { result: 'fail', note: 'No.' },
    suspect: { result: 'needs_review', note: '' },
    tos_violation: { result: null, note: '' },
    scope: { result: 'pass', note: '' },
    authenticity: { result: 'pass', note: '' },
  },
  decisions: [
    { target: 'username:@a_b', category: 'ip_addresses', verdict: 'disclose', reason: '' },
  ],
};
const caseRef = { caseId: '5b0a3f8e-2f7c-4a8e-9a51-0c9c7f0b6d11', version: 1 };

const SAMPLES: [string, z.ZodType, Json][] = [
  ['an order', Order, exampleOrder as Json],
  ['a preservation request naming every kind of identifier', Order, preservation],
  ['a European Production Order', Order, epoc],
  ['a call-back', VerificationInput, verification],
  [
    'a delivery',
    DeliveryInput,
    { channel: 'portal', deliveredAt: '2026-03-02T08:50:00Z', recipient: 'Clerk' },
  ],
  ['a review', Review, review],
  ['a new account', NewUser, { username: 'rita', displayName: 'Rita Reviewer', role: 'reviewer' }],
  [
    'a queued call-back',
    MutationRequest,
    { name: 'case.recordVerification', args: { ...caseRef, verification } },
  ],
  [
    'a queued link',
    MutationRequest,
    { name: 'case.linkProduction', args: { ...caseRef, productionCaseId: caseRef.caseId } },
  ],
];

describe('messages about fields', () => {
  it.each(SAMPLES)('over every field of %s, are written for a lawyer', (_, schema, sample) => {
    const issues = issuesOver(schema, sample);
    expect(issues.length).toBeGreaterThan(0);
    const leaking = issues
      .map((i) => ({ ...i, label: fieldLabel(i.path) }))
      .filter((i) => leaks(i.message).length > 0 || leaks(i.label).length > 0);
    expect(leaking).toEqual([]);
  });

  it('lists the options of a closed list in words', () => {
    const parsed = VerificationInput.safeParse({ ...(verification as object), outcome: 'maybe' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(zodIssues(parsed.error)).toEqual([
      { path: 'outcome', message: 'choose one of: Confirmed, Denied' },
    ]);
  });

  it('names fields as the forms do', () => {
    expect(fieldLabel('targets.0.identifier.value')).toBe('Target 1 — identifier');
    expect(fieldLabel('authority.contact.email')).toBe('Authority — contact email');
    expect(fieldLabel('args.verification.verifiedAt')).toBe('Call-back — time of the call-back');
    expect(fieldLabel('(file)')).toBe('Order file');
    expect(fieldLabel('(root)')).toBe('The form');
    expect(fieldLabel('nonDisclosure.until')).toBe('Non-disclosure — until');
    expect(fieldLabel('somethingNew')).toBe('Something new');
  });

  it('words option values', () => {
    expect(optionLabel('person_of_interest')).toBe('Person of interest');
    expect(optionLabel('judges_order')).toBe('Judge’s order');
    expect(optionLabel('epoc_pr')).toBe('European Preservation Order (EPOC-PR)');
  });
});
