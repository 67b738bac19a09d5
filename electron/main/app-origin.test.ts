import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, APP_START_URL, isAppOriginUrl } from './app-origin';

describe('app:// scheme', () => {
  it('is standard, secure and fetchable, but bypasses no CSP and allows no CORS', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        bypassCSP: false,
        corsEnabled: false,
        allowServiceWorkers: false,
      },
    });
  });

  it('starts at app://desk/', () => {
    expect(APP_START_URL).toBe('app://desk/');
    expect(isAppOriginUrl(APP_START_URL)).toBe(true);
  });
});
