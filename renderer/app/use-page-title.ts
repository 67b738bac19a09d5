import { useEffect } from 'react';

const PRODUCT = 'Disclosure Desk';

/**
 * Each screen's title is its main heading ("Queue", "Case FR-2026-0142 In review"), so the
 * window, the task switcher and a screen reader tell screens apart. Read from the heading
 * itself, so a screen gets its title without knowing about this.
 */
export function usePageTitleFromHeading(): void {
  useEffect(() => {
    const update = () => {
      const heading = document.querySelector('main h1, h1');
      const text = heading?.textContent?.replace(/\s+/g, ' ').trim();
      const title = text && text !== PRODUCT ? `${text} — ${PRODUCT}` : PRODUCT;
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
}
