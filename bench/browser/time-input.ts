/**
 * `changed` is false when the count read the same after 2 s: no time is measured then.
 * `rowsMs` is from the same input to the moment the grid holds the new number of rows (it is
 * `ms` when the grid is drawn in the same render as the count).
 */
interface TimedInput {
  ms: number;
  rowsMs: number;
  count: string;
  changed: boolean;
}

/** What the queue's grid says of its rows: its row count, or that no grid is shown. */
function gridRows(): string {
  const grid = document.querySelector('main [role="grid"]');
  return grid?.getAttribute('aria-rowcount') ?? 'no grid';
}

/**
 * Times, in the page, from `act` to the moment the result count's text changes and to the
 * moment the grid's rows follow (or 2 s, when the count does not change).
 */
function timeChange(countEl: Element, act: () => void): Promise<TimedInput> {
  return new Promise((resolve) => {
    const main = document.querySelector('main') ?? document.body;
    const before = countEl.textContent;
    const rowsBefore = gridRows();
    let start = 0;
    let countAt: number | null = null;
    const done = (rowsAt: number) => {
      observer.disconnect();
      clearTimeout(timer);
      const count = countEl.textContent ?? '';
      const ms = (countAt ?? rowsAt) - start;
      resolve({ ms, rowsMs: rowsAt - start, count, changed: count !== before });
    };
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (countAt === null && countEl.textContent !== before) countAt = now;
      if (countAt !== null && gridRows() !== rowsBefore) done(now);
    });
    observer.observe(main, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-rowcount'],
    });
    const timer = setTimeout(() => done(performance.now()), 2000);
    start = performance.now();
    act();
  });
}

/**
 * Installed in the app's page by the benchmark: sets a filter control's value as a user's
 * input would and times it.
 */
function timeInput(
  control: HTMLInputElement | HTMLSelectElement,
  value: string,
  countEl: Element,
): Promise<TimedInput> {
  // React tracks the value it last rendered; the prototype's setter is what typing uses.
  const proto = Object.getPrototypeOf(control) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(control, value);
  const type = control instanceof HTMLSelectElement ? 'change' : 'input';
  return timeChange(countEl, () => control.dispatchEvent(new Event(type, { bubbles: true })));
}

/** The same, from a click (a checkbox, a saved view's link). */
function timeClick(control: HTMLElement, countEl: Element): Promise<TimedInput> {
  return timeChange(countEl, () => control.click());
}

(globalThis as { deskTimeInput?: unknown }).deskTimeInput = { timeInput, timeClick };
