import { describe, expect, it } from 'vitest';
import { rememberCaseListOrder, rememberedCaseListOrder } from './case-list-order';

describe('the list a case was opened from', () => {
  it('gives the ids of the rows last shown, in their order', () => {
    rememberCaseListOrder({
      screen: 'queue',
      params: 'view=all',
      rows: [{ id: 'a' }, { id: 'b' }],
    });
    rememberCaseListOrder({
      screen: 'approvals',
      params: '',
      rows: [{ id: 'c' }, { id: 'a' }, { id: 'd' }],
    });
    const order = rememberedCaseListOrder();
    expect(order?.screen).toBe('approvals');
    expect(order?.ids).toEqual(['c', 'a', 'd']);
    expect(order?.ids).toBe(order?.ids);
  });
});
