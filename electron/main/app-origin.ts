import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/`;

/**
 * `standard` gives relative URLs and an origin, `secure` makes it a secure context (so the
 * renderer's IndexedDB and crypto.subtle work), `supportFetchAPI` lets the renderer fetch
 * `/api`. Deliberately not `bypassCSP` (the CSP header must bind) and not `corsEnabled`
 * (nothing outside the app's own origin should read from it).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    bypassCSP: false,
    corsEnabled: false,
    allowServiceWorkers: false,
  },
};

/** True only for URLs on the app's own origin: no other host, port or credentials. */
export function isAppOriginUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
