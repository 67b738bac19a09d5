import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow, scrollTopShowing } from './row-window';

const HEIGHT = 40;

describe('the rows a scrolled list draws', () => {
  it('draws what fits in view, with the overscan on each side, and nothing past either end', () => {
    expect(rowWindow(0, 400, HEIGHT, 100_000, 12)).toEqual({ start: 0, end: 23 });
    expect(rowWindow(4_000, 400, HEIGHT, 100_000, 12)).toEqual({ start: 88, end: 123 });
    expect(rowWindow(4_000, 400, HEIGHT, 5, 12)).toEqual({ start: 0, end: 5 });
    expect(rowWindow(0, 400, HEIGHT, 0, 12)).toEqual({ start: 0, end: 0 });
  });

  it('always draws every row wholly or partly in view', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300_000 }),
        fc.integer({ min: 0, max: 12_000_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 20 }),
        (count, scrollTop, viewport, overscan) => {
          const top = Math.min(scrollTop, Math.max(0, count * HEIGHT - viewport));
          const { start, end } = rowWindow(top, viewport, HEIGHT, count, overscan);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(count);
          for (let i = 0; i < count; i += 1) {
            const inView = i * HEIGHT < top + viewport && (i + 1) * HEIGHT > top;
            if (inView) expect(i >= start && i < end).toBe(true);
            if (i > end + 1) break;
          }
          expect(end - start).toBeLessThanOrEqual(Math.ceil(viewport / HEIGHT) + 1 + 2 * overscan);
        },
      ),
    );
  });
});

describe('scrolling a row into view', () => {
  it('moves only as far as the row needs', () => {
    expect(scrollTopShowing(5, 0, 400, HEIGHT)).toBeNull();
    expect(scrollTopShowing(9, 0, 400, HEIGHT)).toBeNull();
    expect(scrollTopShowing(10, 0, 400, HEIGHT)).toBe(40);
    expect(scrollTopShowing(2, 200, 400, HEIGHT)).toBe(80);
    expect(scrollTopShowing(0, 0, 20, HEIGHT)).toBeNull();
  });
});
