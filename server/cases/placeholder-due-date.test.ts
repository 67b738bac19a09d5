import { describe, expect, it } from 'vitest';
import { placeholderDueDate } from './placeholder-due-date';

const receivedAt = '2026-03-02T09:30:00Z';

describe('placeholderDueDate', () => {
  it('takes the deadline the authority states, normalised to UTC', () => {
    expect(
      placeholderDueDate({ receivedAt, emergency: true, respondBy: '2026-03-05T17:00:00+01:00' }),
    ).toBe('2026-03-05T16:00:00.000Z');
  });

  it('gives an emergency eight hours', () => {
    expect(placeholderDueDate({ receivedAt, emergency: true })).toBe('2026-03-02T17:30:00.000Z');
  });

  it('gives any other order ten days', () => {
    expect(placeholderDueDate({ receivedAt, emergency: false })).toBe('2026-03-12T09:30:00.000Z');
  });
});
