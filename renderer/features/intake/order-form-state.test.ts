import { describe, expect, it } from 'vitest';
import { checkOrder } from './parse-order-file';
import { emptyOrderForm, localToIso, orderFromForm } from './order-form-state';

describe('orderFromForm', () => {
  it('builds a valid order from a filled-in form', () => {
    const form = {
      ...emptyOrderForm(),
      reference: 'GSTA-M-2026-118',
      receivedAt: '2026-11-21T10:30',
      authorityName: 'Amtsgericht München — Ermittlungsrichter',
      country: 'DE',
      authorityKind: 'investigating_judge' as const,
      instrument: 'judges_order' as const,
      legalBasis: '§ 100k StPO',
      dataRequested: ['ip_addresses' as const, 'phone_number' as const],
      ipFrom: '2026-09-01T00:00',
      ipTo: '2026-10-01T00:00',
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

describe('localToIso', () => {
  it('converts a local date-time to an instant and keeps garbage for the schema to name', () => {
    expect(localToIso('')).toBeUndefined();
    expect(localToIso('2026-11-21T10:30')).toMatch(/^2026-11-2\dT\d\d:30:00\.000Z$/);
    expect(localToIso('soon')).toBe('soon');
  });
});
