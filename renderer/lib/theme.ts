import { useEffect, useState } from 'react';

/**
 * Light or dark. Without a choice the system setting decides (CSS `light-dark()` follows
 * `color-scheme`); a choice made with the toggle is kept on this workstation only.
 */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'disclosure-desk:theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/** Marks the page with the chosen theme, or removes the mark to follow the system. */
export function applyTheme(theme: Theme | null): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

function systemTheme(): Theme {
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** The theme in effect, and a toggle that records the opposite as the user's choice. */
export function useTheme(): { theme: Theme; toggle: () => void } {
  const [chosen, setChosen] = useState<Theme | null>(storedTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);
  useEffect(() => {
    const media = window.matchMedia(DARK_QUERY);
    const update = () => setSystem(media.matches ? 'dark' : 'light');
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, []);
  const theme = chosen ?? system;
  return {
    theme,
    toggle: () => {
      const next: Theme = theme === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Private windows may refuse storage: the choice then lasts until the window closes.
      }
      applyTheme(next);
      setChosen(next);
    },
  };
}
