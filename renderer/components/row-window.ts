import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** The rows to draw, from `start` up to but not including `end`. */
export interface RowRange {
  start: number;
  end: number;
}

/**
 * Which rows of equal height a scrolled box shows, with `overscan` more on each side. Pure
 * arithmetic: it costs the same for 100 rows as for 250,000, which matters because it runs
 * on every change of a filter.
 */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): RowRange {
  if (count === 0) return { start: 0, end: 0 };
  const first = Math.min(Math.floor(Math.max(0, scrollTop) / rowHeight), count - 1);
  const fits = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  return { start: Math.max(0, first - overscan), end: Math.min(count, first + fits + overscan) };
}

/** Where to scroll so the row is wholly in view, or null when it already is. */
export function scrollTopShowing(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  // A row taller than the view is shown from its top.
  const to =
    top < scrollTop
      ? top
      : bottom > scrollTop + viewportHeight
        ? Math.min(top, bottom - viewportHeight)
        : scrollTop;
  return to === scrollTop ? null : to;
}

/**
 * The window of rows a fixed-height list draws inside its scrolling box. The rows are all of
 * one height, so nothing is measured: a general virtualiser lays out every row again whenever
 * their number changes, which at 100,000 cases is most of a filter's time.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
) {
  const [view, setView] = useState({ top: 0, height: 0 });
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return undefined;
    const read = () =>
      setView((seen) =>
        seen.top === box.scrollTop && seen.height === box.clientHeight
          ? seen
          : { top: box.scrollTop, height: box.clientHeight },
      );
    read();
    box.addEventListener('scroll', read, { passive: true });
    const resized = new ResizeObserver(read);
    resized.observe(box);
    return () => {
      box.removeEventListener('scroll', read);
      resized.disconnect();
    };
  }, [scrollRef]);
  const scrollToIndex = useCallback(
    (index: number) => {
      const box = scrollRef.current;
      if (!box) return;
      const to = scrollTopShowing(index, box.scrollTop, box.clientHeight, rowHeight);
      if (to !== null) box.scrollTop = to;
    },
    [scrollRef, rowHeight],
  );
  return {
    ...rowWindow(view.top, view.height, rowHeight, count, overscan),
    totalHeight: count * rowHeight,
    scrollToIndex,
  };
}
