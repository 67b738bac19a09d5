import { describe, expect, it } from 'vitest';
import { CookieJar, MAX_COOKIES_PER_ORIGIN, parseSetCookie } from './cookie-jar';

const service = new URL('https://desk.localhost/api/session');
const at = (path: string, origin = 'https://desk.localhost') => new URL(path, origin);

function jarAt(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  const jar = new CookieJar(() => now);
  return { jar, advance: (ms: number) => (now += ms) };
}

describe('CookieJar', () => {
  it('returns the session cookie to later API requests on the same upstream', () => {
    const { jar } = jarAt();
    jar.store(service, ['dd_session=abc123; Path=/; HttpOnly; Secure; SameSite=Strict']);
    expect(jar.cookieHeader(at('/api/cases'))).toBe('dd_session=abc123');
  });

  it('does not send a cookie to another origin', () => {
    const { jar } = jarAt();
    jar.store(service, ['dd_session=abc123; Path=/; Secure']);
    expect(jar.cookieHeader(at('/api/cases', 'https://team.example.org'))).toBeNull();
    expect(jar.cookieHeader(at('/api/cases', 'https://desk.localhost:8443'))).toBeNull();
  });

  it('replaces a cookie of the same name and path, and forgets one that is expired', () => {
    const { jar } = jarAt();
    jar.store(service, ['dd_session=first; Path=/']);
    jar.store(service, ['dd_session=second; Path=/']);
    expect(jar.cookieHeader(at('/api/cases'))).toBe('dd_session=second');
    jar.store(service, ['dd_session=; Path=/; Max-Age=0']);
    expect(jar.cookieHeader(at('/api/cases'))).toBeNull();
  });

  it('forgets a cookie once Max-Age has passed', () => {
    const { jar, advance } = jarAt();
    jar.store(service, ['dd_session=abc; Path=/; Max-Age=60']);
    advance(59_000);
    expect(jar.cookieHeader(at('/api/cases'))).toBe('dd_session=abc');
    advance(2_000);
    expect(jar.cookieHeader(at('/api/cases'))).toBeNull();
  });

  it('honours Expires, and lets Max-Age win over it', () => {
    const { jar } = jarAt(Date.UTC(2026, 0, 1));
    jar.store(service, ['old=1; Path=/; Expires=Wed, 31 Dec 2025 23:00:00 GMT']);
    expect(jar.cookieHeader(at('/api/x'))).toBeNull();
    jar.store(service, ['both=1; Path=/; Expires=Wed, 31 Dec 2025 23:00:00 GMT; Max-Age=100']);
    expect(jar.cookieHeader(at('/api/x'))).toBe('both=1');
  });

  it('matches paths on segment boundaries and sends longer paths first', () => {
    const { jar } = jarAt();
    jar.store(service, ['a=root; Path=/', 'b=api; Path=/api', 'c=other; Path=/apix']);
    expect(jar.cookieHeader(at('/api/cases'))).toBe('b=api; a=root');
    expect(jar.cookieHeader(at('/apix'))).toBe('c=other; a=root');
    expect(jar.cookieHeader(at('/'))).toBe('a=root');
  });

  it('uses the default path of the setting request when Path is missing', () => {
    const { jar } = jarAt();
    jar.store(at('/api/session/reauth'), ['r=1']);
    expect(jar.cookieHeader(at('/api/session/other'))).toBe('r=1');
    expect(jar.cookieHeader(at('/api/cases'))).toBeNull();
  });

  it('never sends a Secure cookie over plain http', () => {
    const { jar } = jarAt();
    jar.store(service, ['s=1; Path=/; Secure']);
    expect(jar.cookieHeader(at('/api/x', 'http://desk.localhost'))).toBeNull();
  });

  it('keeps a bounded number of cookies per origin', () => {
    const { jar } = jarAt();
    jar.store(
      service,
      Array.from({ length: MAX_COOKIES_PER_ORIGIN + 10 }, (_, i) => `c${i}=1; Path=/`),
    );
    expect(jar.cookieHeader(at('/api/x'))?.split('; ')).toHaveLength(MAX_COOKIES_PER_ORIGIN);
  });

  it('forgets everything on clear', () => {
    const { jar } = jarAt();
    jar.store(service, ['dd_session=abc; Path=/']);
    jar.clear();
    expect(jar.cookieHeader(at('/api/x'))).toBeNull();
  });
});

describe('parseSetCookie', () => {
  const now = Date.UTC(2026, 0, 1);

  it('reads name, value and attributes case-insensitively', () => {
    expect(parseSetCookie('dd_session=v.1-2_3; path=/api; SECURE; httponly', service, now)).toEqual(
      {
        name: 'dd_session',
        value: 'v.1-2_3',
        path: '/api',
        secure: true,
        expiresAt: null,
      },
    );
  });

  const http = new URL('http://desk.localhost/api/session');
  it.each([
    ['no name', '=value; Path=/', service],
    ['no equals sign', 'justtext', service],
    ['a Domain the host does not belong to', 'a=1; Domain=example.org', service],
    ['Secure set over http', 'a=1; Secure', http],
    ['__Secure- without Secure', '__Secure-a=1; Path=/', service],
    ['__Host- with a Domain', '__Host-a=1; Secure; Path=/; Domain=desk.localhost', service],
    ['__Host- with another path', '__Host-a=1; Secure; Path=/api', service],
    ['an oversized cookie', `a=${'x'.repeat(5000)}`, service],
  ])('rejects %s', (_label, header, url) => {
    expect(parseSetCookie(header, url, now)).toBeNull();
  });

  it('accepts a Domain the host belongs to, and a valid __Host- cookie', () => {
    expect(parseSetCookie('a=1; Domain=.localhost', service, now)).not.toBeNull();
    expect(parseSetCookie('__Host-a=1; Secure; Path=/', service, now)).not.toBeNull();
  });
});
