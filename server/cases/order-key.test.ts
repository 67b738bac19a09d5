import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForComparison } from '../../shared/visible-text';
import { orderKey } from './order-key';

const order = (reference: string, name = 'Tribunal judiciaire de Paris') => ({
  reference,
  authority: { name, country: 'FR' },
});

describe('order key', () => {
  it('is the same for references that differ only in what a reader cannot see', () => {
    const plain = orderKey(order('PAR-2026-0042'));
    for (const variant of [
      'PAR\u20112026\u20110042', // non-breaking hyphens
      'PAR-2026-\u200B0042', // zero-width space
      ' par-2026-0042 ', // case and surrounding space
      'ＰＡＲ－２０２６－００４２', // full-width forms
      'PAR-2026-0042\u202C', // a bidi pop
    ]) {
      expect(orderKey(order(variant)), variant).toBe(plain);
    }
    expect(orderKey(order('PAR-2026-0042', 'Tribunal  judiciaire\u00A0de Paris'))).toBe(plain);
    expect(orderKey(order('PAR-2026-0043'))).not.toBe(plain);
  });

  it('is stable: normalising twice changes nothing, and no invisible character survives', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        const once = normaliseForComparison(text);
        expect(normaliseForComparison(once)).toBe(once);
        expect(once).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/);
      }),
    );
  });
});
