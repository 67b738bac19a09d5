import { isAppOriginUrl } from './app-origin';

/**
 * A window may only ever show the app itself. Links to anything else go through the
 * window-open handler (allow-listed, opened in the user's browser), never in-window.
 */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppOriginUrl(url);
}
