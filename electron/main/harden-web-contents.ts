import type { WebContents } from 'electron';
import { openExternalIfAllowed } from './external-links';
import { isAllowedNavigation } from './navigation-guard';

interface PreventableNavigation {
  url: string;
  preventDefault(): void;
}

export function refuseForeignNavigation(event: PreventableNavigation): void {
  if (!isAllowedNavigation(event.url)) event.preventDefault();
}

/**
 * No new window is ever created: allow-listed links open in the system browser, everything
 * else is dropped.
 */
export function windowOpenHandler(openExternal: (href: string) => unknown) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    openExternalIfAllowed(url, openExternal);
    return { action: 'deny' };
  };
}

/**
 * Applied to every webContents when it is created (`web-contents-created`), the main
 * window's included, so a contents created any other way is covered too.
 */
export function hardenWebContents(
  contents: WebContents,
  openExternal: (href: string) => unknown,
): void {
  contents.on('will-navigate', refuseForeignNavigation);
  contents.on('will-frame-navigate', refuseForeignNavigation);
  contents.on('will-redirect', refuseForeignNavigation);
  // <webview> is off in webPreferences; refusing attachment also covers a contents that
  // was created without those preferences.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(openExternal));
}
