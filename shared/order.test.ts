import { describe, expect, it } from 'vitest';
import exampleOrder from '../examples/order.json';
import { zodIssues } from './errors';
import { Order } from './order';

const example: Record<string, unknown> = exampleOrder;

function issuesOf(value: unknown) {
  const parsed = Order.safeParse(value);
  return parsed.success ? [] : zodIssues(parsed.error);
}

describe('Order format', () => {
  it('accepts the documented example', () => {
    expect(issuesOf(example)).toEqual([]);
  });

  it('names the field when a target is a display name', () => {
    const order = {
      ...example,
      targets: [{ identifier: { kind: 'username', value: 'John Smith' }, status: 'suspect' }],
    };
    const issues = issuesOf(order);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('targets.0.identifier.value');
    expect(issues[0]?.message).toContain('is entered as a display name');
  });

  it('imports a target named only by a display name, as an identifier that is not exact', () => {
    const order = {
      ...example,
      targets: [{ identifier: { kind: 'display_name', value: 'John Smith' }, status: 'suspect' }],
    };
    expect(issuesOf(order)).toEqual([]);
  });

  it('refuses an unknown country code', () => {
    const order = { ...example, authority: { name: 'X', country: 'XX', kind: 'court' } };
    expect(issuesOf(order).map((i) => i.path)).toEqual(['authority.country']);
  });

  it('refuses a time window that ends before it starts', () => {
    const order = {
      ...example,
      ipWindow: { from: '2026-10-01T00:00:00Z', to: '2026-09-01T00:00:00Z' },
    };
    expect(issuesOf(order).map((i) => i.path)).toEqual(['ipWindow.to']);
  });

  it('takes the identification purpose only from a European Production Order certificate', () => {
    const epoc = {
      ...example,
      instrument: 'european_production_order',
      route: 'e_evidence',
      epoc: { ipSolelyForIdentification: true },
    };
    expect(issuesOf(epoc)).toEqual([]);
    const unclear = { ...epoc, epoc: { ipSolelyForIdentification: 'yes' } };
    expect(issuesOf(unclear).map((i) => i.path)).toEqual(['epoc.ipSolelyForIdentification']);
    const courtOrder = { ...epoc, instrument: 'court_order', route: 'domestic' };
    expect(issuesOf(courtOrder)).toEqual([
      {
        path: 'epoc',
        message: 'only a European Production Order certificate states this',
      },
    ]);
  });

  it('refuses dates without a time zone', () => {
    expect(issuesOf({ ...example, receivedAt: '2026-11-20 09:14' }).map((i) => i.path)).toEqual([
      'receivedAt',
    ]);
  });

  it('refuses an empty target list and a target listed twice', () => {
    expect(issuesOf({ ...example, targets: [] }).map((i) => i.path)).toEqual(['targets']);
    const twice = {
      ...example,
      targets: [
        { identifier: { kind: 'username', value: '@Someone_1' }, status: 'suspect' },
        { identifier: { kind: 'username', value: '@someone_1' }, status: 'suspect' },
      ],
    };
    expect(issuesOf(twice).map((i) => i.path)).toEqual(['targets.1.identifier']);
  });

  it('refuses unknown fields rather than silently dropping them', () => {
    expect(
      issuesOf({ ...example, subscriberName: 'x' })
        .map((i) => i.message)
        .join(),
    ).toMatch(/subscriberName/);
  });
});
