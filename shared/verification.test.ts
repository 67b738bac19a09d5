import { describe, expect, it } from 'vitest';
import { SEED_AUTHORITY_DIRECTORY } from './policy/seed';
import { BASE_ORDER, order as orderWith } from './policy/testing/fixtures';
import {
  callBackNotCounted,
  secondPersonVerificationReasons,
  verificationStatus,
  type CaseVerification,
} from './verification';
import type { Order } from './order';

const order: Order = orderWith({
  authority: {
    ...BASE_ORDER.authority,
    contact: { email: 'greffe-penal@tj-paris.example', phone: '+33 1 87 65 43 21' },
  },
});

const callBack = (overrides: Partial<CaseVerification> = {}): CaseVerification => ({
  id: 'v1',
  calledBy: 'Remy Reviewer',
  contactName: 'Duty clerk',
  channel: 'phone',
  contactUsed: '+44 20 7946 0101',
  source: 'directory',
  sourceReference: '',
  verifiedAt: '2026-11-17T08:30:00Z',
  outcome: 'confirmed',
  note: '',
  recordedById: 'u2',
  recordedByName: 'Remy Reviewer',
  recordedAt: '2026-11-17T08:35:00Z',
  secondPerson: true,
  ...overrides,
});

describe('a second person’s call-back', () => {
  it.each([
    ['the directory’s own domain', 'greffe-penal@tj-paris.example', []],
    [
      'a look-alike domain',
      'greffe-penal@tj-pariss.example',
      ['the sender’s domain tj-pariss.example imitates the directory’s domain tj-paris.example'],
    ],
    [
      'a free mail provider',
      'tj.paris@gmail.com',
      ['the sender’s address is at a public mail provider (gmail.com)'],
    ],
    [
      'an unrelated domain',
      'greffe@court-mail.example',
      ['the sender’s domain court-mail.example is not the directory’s domain'],
    ],
  ])('is needed for a sender at %s', (_name, email, expected) => {
    const reasons = secondPersonVerificationReasons(
      orderWith({ authority: { ...BASE_ORDER.authority, contact: { email } } }),
      SEED_AUTHORITY_DIRECTORY,
    );
    expect(reasons).toHaveLength(expected.length);
    expected.forEach((text, i) => expect(reasons[i]).toContain(text));
  });
});

describe('where a case stands on verification', () => {
  it('counts only call-backs to numbers of record, made by a second person', () => {
    const status = (v: CaseVerification) =>
      verificationStatus(order, SEED_AUTHORITY_DIRECTORY, [v]).confirmed;
    expect(status(callBack())).toBe(true);
    expect(status(callBack({ secondPerson: false }))).toBe(false);
    expect(status(callBack({ contactUsed: '+33 1 87 65 43 21' }))).toBe(false);
    expect(
      status(
        callBack({
          contactUsed: '+33 1 44 32 50 00',
          source: 'registry',
          sourceReference: 'Annuaire',
        }),
      ),
    ).toBe(true);
  });

  it('says why a call-back does not count', () => {
    const why = (v: CaseVerification) => callBackNotCounted(order, SEED_AUTHORITY_DIRECTORY, v);
    expect(why(callBack())).toBeUndefined();
    expect(why(callBack({ secondPerson: false }))).toBe('recorded by the case’s own reviewer');
    expect(why(callBack({ contactUsed: '+33 1 87 65 43 21' }))).toBe(
      'the number was taken from the order itself',
    );
    expect(why(callBack({ contactUsed: '+33 1 00 00 00 00' }))).toBe('not a number of record');
  });
});
