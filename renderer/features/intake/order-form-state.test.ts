import { describe, expect, it } from 'vitest';
import { checkOrder } from './parse-order-file';
import { checkOrderForm, emptyOrderForm, orderFromForm } from './order-form-state';

describe('orderFromForm', () => {
  it('builds a valid order from a filled-in form', () => {
    const form = {
      ...emptyOrderForm(),
      reference: 'GSTA-M-2026-118',
      receivedAt: '21 Nov 2026 10:30',
      authorityName: 'Amtsgericht München — Ermittlungsrichter',
      country: 'DE',
      authorityKind: 'investigating_judge' as const,
      instrument: 'judges_order' as const,
      legalBasis: '§ 100k StPO',
      dataRequested: ['ip_addresses' as const, 'phone_number' as const],
      ipFrom: '1 Sep 2026',
      ipTo: '2026-10-01',
    };
    form.targets = [{ ...form.targets[0]!, kind: 'username', value: '@drop_shipper_mx' }];
    form.offences = [
      { ...form.offences[0]!, description: 'Sale of narcotics', category: 'drug_trafficking' },
    ];
    const result = checkOrder(orderFromForm(form));
    expect(result.ok).toBe(true);
  });

  it('sends the identification purpose only for a European Production Order', () => {
    const epoc = {
      ...emptyOrderForm(),
      instrument: 'european_production_order' as const,
      ipPurpose: 'identification_only' as const,
    };
    expect(orderFromForm(epoc).epoc).toEqual({ ipSolelyForIdentification: true });
    expect(orderFromForm({ ...epoc, ipPurpose: 'beyond_identification' }).epoc).toEqual({
      ipSolelyForIdentification: false,
    });
    expect(orderFromForm({ ...epoc, ipPurpose: '' }).epoc).toBeUndefined();
    expect(orderFromForm({ ...epoc, instrument: 'court_order' }).epoc).toBeUndefined();
  });

  it('leaves empty optional fields out rather than sending empty strings', () => {
    const candidate = orderFromForm(emptyOrderForm());
    expect(candidate.caseNumber).toBeUndefined();
    expect(candidate.ipWindow).toBeUndefined();
    expect(candidate.respondBy).toBeUndefined();
    expect(candidate.nonDisclosure).toBeUndefined();
  });

  it('reports every missing field of an empty form by its path', () => {
    const result = checkOrder(orderFromForm(emptyOrderForm()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'reference',
        'receivedAt',
        'authority.name',
        'authority.country',
        'legalBasis',
        'targets.0.identifier.value',
        'offences.0.description',
        'dataRequested',
      ]),
    );
  });
});

describe('checkOrderForm', () => {
  it('words an unreadable date as it is typed, naming the field', () => {
    const result = checkOrderForm({ ...emptyOrderForm(), receivedAt: '11/30/2026 09:14' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.filter((p) => p.path === 'receivedAt')).toEqual([
      {
        path: 'receivedAt',
        message:
          'enter the date and time as day, month, year and hours:minutes, such as 30 Nov 2026 09:14',
      },
    ]);
  });

  it('covers the whole order format: contact, documents, non-disclosure and preservation', () => {
    const form = {
      ...emptyOrderForm(),
      purpose: 'us_preservation' as const,
      reference: 'PRES-NY-1',
      receivedAt: '30 Nov 2026 09:14',
      authorityName: 'District Attorney, New York County',
      country: 'US',
      authorityKind: 'prosecutor' as const,
      contactName: 'ADA Jane Roe',
      contactEmail: 'roe@dany.example',
      contactPhone: '+1 212 555 0100',
      instrument: 'subpoena' as const,
      route: 'mlat' as const,
      legalBasis: '18 U.S.C. § 2703(f)',
      gagProhibited: true,
      gagUntil: '30 May 2027',
      gagTerms: 'Do not notify the subscriber.',
      dataRequested: ['ip_addresses' as const],
      documents: [{ key: 1, name: 'letter.pdf', sha256: 'AB'.repeat(32) }],
    };
    form.targets = [{ ...form.targets[0]!, kind: 'phone', value: '+12125550199' }];
    form.offences = [{ ...form.offences[0]!, description: 'Wire fraud', category: 'fraud_scams' }];
    const result = checkOrderForm(form);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.order).toMatchObject({
      kind: 'preservation',
      preservation: { instrument: 'us_preservation' },
      authority: { contact: { name: 'ADA Jane Roe', email: 'roe@dany.example' } },
      nonDisclosure: { prohibited: true, until: '2027-05-30' },
      documents: [{ name: 'letter.pdf', sha256: 'ab'.repeat(32) }],
    });
  });
});
