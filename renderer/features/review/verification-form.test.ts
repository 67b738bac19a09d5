import { describe, expect, it } from 'vitest';
import { verificationFromDraft, type VerificationDraft } from './verification-form';

const draft: VerificationDraft = {
  calledBy: 'Remy Reviewer',
  contactName: 'Duty clerk',
  channel: 'phone',
  contactUsed: '+44 20 7946 0101',
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
});
