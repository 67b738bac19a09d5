import { describe, expect, it } from 'vitest';
import { detailsSummary, EMPTY_FILTER, eventLabel, exportHref, filterQuery } from './audit-filter';

describe('the audit filter', () => {
  it('asks only for what was filled in, trimmed', () => {
    expect(filterQuery({ ...EMPTY_FILTER, actor: ' rita ', from: '2026-03-01' })).toEqual({
      actor: 'rita',
      from: '2026-03-01',
    });
    expect(filterQuery(EMPTY_FILTER)).toEqual({});
  });

  it('exports what the applied filter selects, with every value encoded', () => {
    expect(exportHref({ reference: 'A&B 1', action: 'case.approve' }, 'csv')).toBe(
      '/api/audit/export?format=csv&reference=A%26B+1&action=case.approve',
    );
  });

  it('names events in words and keeps unknown types as recorded', () => {
    expect(eventLabel('case.approve')).toBe('Approved');
    expect(eventLabel('user.roleChange')).toBe('user.roleChange');
  });

  it('summarises details on one line, without the evidence digest', () => {
    expect(
      detailsSummary({ outcome: 'disclose', record: { sha256: 'x' }, items: [{ a: 1 }] }),
    ).toBe('outcome: disclose · items: [{"a":1}]');
    expect(detailsSummary({ note: 'x'.repeat(300) }).length).toBe(160);
  });
});
