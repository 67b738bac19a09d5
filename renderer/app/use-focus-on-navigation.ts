import { useEffect, useRef } from 'react';
import { focusElement, focusWhenReady, mainLandmark, pageHeading } from '../lib/focus';

let nextTarget: (() => HTMLElement | null) | null = null;

/** After the next change of screen, focus this instead of the page's heading. */
export function focusAfterNextNavigation(find: () => HTMLElement | null): void {
  nextTarget = find;
}

/**
 * A new screen takes focus to its heading (or to the page while it loads), so a keyboard or
 * screen-reader user starts reading the new screen instead of at the top of the window.
 * The first screen after start-up is left alone: the browser places focus there.
 */
export function useFocusOnNavigation(routeKey: string): void {
  const previous = useRef(routeKey);
  useEffect(() => {
    if (previous.current === routeKey) return;
    previous.current = routeKey;
    const find = nextTarget ?? pageHeading;
    nextTarget = null;
    // A loading case has no heading yet: hold the page, then its heading once it is there.
    const main = mainLandmark();
    if (main && !pageHeading() && find === pageHeading) focusElement(main);
    return focusWhenReady(find);
  }, [routeKey]);
}
