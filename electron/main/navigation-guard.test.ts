import { describe, expect, it } from 'vitest';
import { isAllowedNavigation } from './navigation-guard';

describe('isAllowedNavigation', () => {
  it.each(['app://desk/', 'app://desk/cases/42', 'app://desk/#/queue', 'app://desk/?x=1'])(
    'allows the app itself: %s',
    (url) => expect(isAllowedNavigation(url)).toBe(true),
  );

  it.each([
    'https://evil.example/',
    'http://desk/',
    'file:///etc/passwd',
    'app://evil/',
    'app://desk.evil/',
    'app://desk:1/',
    'app://user@desk/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isAllowedNavigation(url)).toBe(false));

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, { href: 'app://desk/' }, new URL('app://desk/')]) {
      expect(isAllowedNavigation(value)).toBe(false);
    }
  });
});
