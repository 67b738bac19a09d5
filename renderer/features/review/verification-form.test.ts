import { describe, expect, it } from 'vitest';
import { Order } from '../../../shared/order';
import { SEED_AUTHORITY_DIRECTORY } from '../../../shared/policy/seed';
import { EXAMPLE_ORDER } from '../../lib/testing/example-order';
import { verificationFromDraft, type VerificationDraft } from './verification-form';

const draft: VerificationDraft = {
  calledBy: 'Remy Reviewer',
  contactName: 'Duty clerk',
  channel: 'phone',
  contactUsed: '+44 20 7946 0101',
  source: 'directory',
  sourceReference: '',
  verifiedAt: '2026-11-28T10:15',
  outcome: 'confirmed',
  note: '',
};

describe('the call-back form', () => {
  it('turns the local time into an instant', () => {
    const parsed = verificationFromDraft(draft);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.value.verifiedAt).toBe(new Date(2026, 10, 28, 10, 15).toISOString());
  });

  it('names every missing field', () => {
    const parsed = verificationFromDraft({
      ...draft,
      contactName: ' ',
      verifiedAt: '',
      outcome: '',
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.path).sort()).toEqual([
        'contactName',
        'outcome',
        'verifiedAt',
      ]);
    }
  });

  it('refuses, before sending, the number printed on the order', () => {
    const order = Order.parse({
      ...EXAMPLE_ORDER,
      authority: { ...EXAMPLE_ORDER.authority, name: 'Tribunal judiciaire de Paris' },
    });
    const context = { order, directory: SEED_AUTHORITY_DIRECTORY };
    expect(verificationFromDraft(draft, context).ok).toBe(true);
    const fromOrder = verificationFromDraft(
      {
        ...draft,
        contactUsed: '+33 1 99 00 00 00',
        source: 'official_website',
        sourceReference: 'https://www.tj-paris.example',
      },
      context,
    );
    expect(fromOrder.ok ? [] : fromOrder.issues.map((i) => i.path)).toEqual(['contactUsed']);
    const unsourced = verificationFromDraft(
      { ...draft, contactUsed: '+33 1 44 32 50 00', source: 'registry' },
      context,
    );
    expect(unsourced.ok ? [] : unsourced.issues.map((i) => i.path)).toEqual(['sourceReference']);
  });
});
