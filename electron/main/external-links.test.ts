import { describe, expect, it, vi } from 'vitest';
import { allowedExternalHref, EXTERNAL_LINK_HOSTS, openExternalIfAllowed } from './external-links';

describe('openExternalIfAllowed', () => {
  it('opens an allow-listed https link, normalised', () => {
    const open = vi.fn(async () => {});
    const url = 'https://EUR-LEX.europa.eu/eli/reg/2023/1543/oj';
    expect(openExternalIfAllowed(url, open)).toBe(true);
    expect(open).toHaveBeenCalledWith('https://eur-lex.europa.eu/eli/reg/2023/1543/oj');
  });

  it.each([
    'http://eur-lex.europa.eu/',
    'https://eur-lex.europa.eu.evil.example/',
    'https://evil.example/?https://eur-lex.europa.eu/',
    'https://evil-eur-lex.europa.eu/',
    'https://sub.telegram.org/',
    'https://user@telegram.org/',
    'https://telegram.org:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://telegram.org/share',
    'app://desk/',
    'not a url',
    `https://telegram.org/${'a'.repeat(3000)}`,
  ])('does not open %s', (url) => {
    const open = vi.fn();
    expect(openExternalIfAllowed(url, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('does not open what is not a string', () => {
    const open = vi.fn();
    for (const value of [
      undefined,
      null,
      1,
      ['https://telegram.org/'],
      { toString: () => 'https://telegram.org/' },
    ]) {
      expect(openExternalIfAllowed(value, open)).toBe(false);
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('survives an opener that fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(
      openExternalIfAllowed('https://telegram.org/privacy', () =>
        Promise.reject(new Error('no browser')),
      ),
    ).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(error).toHaveBeenCalled();
  });

  it('lists only https hosts, no wildcards', () => {
    for (const host of EXTERNAL_LINK_HOSTS) {
      expect(host).toMatch(/^[a-z0-9.-]+$/);
      expect(allowedExternalHref(`https://${host}/`)).toBe(`https://${host}/`);
    }
  });
});
