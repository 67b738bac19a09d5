/** `changed` is false when the count read the same after 2 s: no time is measured then. */
interface TimedInput {
  ms: number;
  count: string;
  changed: boolean;
}

/**
 * Installed in the app's page by the benchmark: sets a filter control's value as a user's
 * input would and times, in the page, from the input event to the moment the result count's
 * text changes (or 2 s, when it does not change).
 */
function timeInput(
  control: HTMLInputElement | HTMLSelectElement,
  value: string,
  countEl: Element,
): Promise<TimedInput> {
  return new Promise((resolve) => {
    const before = countEl.textContent;
    let start = 0;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      const count = countEl.textContent ?? '';
      resolve({ ms: performance.now() - start, count, changed: count !== before });
    };
    const observer = new MutationObserver(() => {
      if (countEl.textContent !== before) done();
    });
    observer.observe(countEl, { childList: true, characterData: true, subtree: true });
    const timer = setTimeout(done, 2000);
    // React tracks the value it last rendered; the prototype's setter is what typing uses.
    const proto = Object.getPrototypeOf(control) as object;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(control, value);
    start = performance.now();
    const type = control instanceof HTMLSelectElement ? 'change' : 'input';
    control.dispatchEvent(new Event(type, { bubbles: true }));
  });
}

/** The same, from a click (a checkbox, a saved view's link) to the count's change. */
function timeClick(control: HTMLElement, countEl: Element): Promise<TimedInput> {
  return new Promise((resolve) => {
    const before = countEl.textContent;
    const start = performance.now();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      const count = countEl.textContent ?? '';
      resolve({ ms: performance.now() - start, count, changed: count !== before });
    };
    const observer = new MutationObserver(() => {
      if (countEl.textContent !== before) done();
    });
    observer.observe(countEl, { childList: true, characterData: true, subtree: true });
    const timer = setTimeout(done, 2000);
    control.click();
  });
}

(globalThis as { deskTimeInput?: unknown }).deskTimeInput = { timeInput, timeClick };
