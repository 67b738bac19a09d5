/**
 * Moves focus on purpose after something replaced what had it, so a keyboard user is never
 * dropped at the top of the page. The target may not be rendered yet (a case still loading, a
 * panel that appears with the new version): it is looked for on each frame for a while.
 */
export function focusWhenReady(
  find: () => HTMLElement | null,
  timeoutMs = 3000,
  /** Where focus goes if the target never appears (a refused action leaves the page as it was). */
  fallback?: () => HTMLElement | null,
): () => void {
  const deadline = performance.now() + timeoutMs;
  let frame = 0;
  const attempt = () => {
    const target = find();
    if (target) {
      focusElement(target);
      return;
    }
    if (performance.now() < deadline) {
      frame = requestAnimationFrame(attempt);
      return;
    }
    const instead = fallback?.();
    if (instead && !instead.contains(document.activeElement)) focusElement(instead);
  };
  frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
}

/** Focuses an element, making a heading or landmark focusable by script only if it is not. */
export function focusElement(target: HTMLElement): void {
  if (!isNativelyFocusable(target) && !target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
  }
  target.focus();
}

function isNativelyFocusable(element: HTMLElement): boolean {
  return element.matches('a[href], button, input, select, textarea, summary, [contenteditable]');
}

/** The current page's heading, or the page itself while it has none. */
export function pageHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main h1') ?? null;
}

export function mainLandmark(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main');
}

/** The first enabled element matching the selector, if any. */
export function enabled(selector: string): HTMLElement | null {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) return null;
  return element.matches(':disabled') ? null : element;
}

/** Elements a screen marks as where focus goes after an action: `data-focus-target="…"`. */
export function focusTarget(name: string): HTMLElement | null {
  return enabled(`[data-focus-target="${name}"]`);
}
