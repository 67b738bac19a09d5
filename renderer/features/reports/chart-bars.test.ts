import { describe, expect, it } from 'vitest';
import type { TransparencyRow } from '../../../shared/transparency/report';
import { chartLayout } from './chart-bars';

const row = (
  country: string,
  fulfilledRequests: number,
  affectedUsers: number,
): TransparencyRow => ({
  country,
  period: '2025-Q1',
  fulfilledRequests,
  affectedUsers,
  received: fulfilledRequests,
  refused: 0,
  refusedByCheck: {},
  partiallyFulfilled: 0,
  emergency: 0,
  byInstrument: {},
  byRoute: {},
  medianHoursToAnswer: null,
});

describe('the transparency chart', () => {
  it('draws two bars per country and quarter on one scale, the largest at full height', () => {
    const layout = chartLayout([row('FR', 5, 10), row('DE', 2, 3), row('SK', 0, 0)], 100);
    expect(layout.bars.map((b) => [b.group, b.measure, b.height])).toEqual([
      ['FR 2025-Q1', 'fulfilledRequests', 50],
      ['FR 2025-Q1', 'affectedUsers', 100],
      ['DE 2025-Q1', 'fulfilledRequests', 20],
      ['DE 2025-Q1', 'affectedUsers', 30],
    ]);
    expect(layout.bars[1]?.label).toBe('FR 2025-Q1: 10 affected users');
  });
});
