/**
 * Cookies for `/api`, kept in main and never in the renderer.
 *
 * Chromium does not apply `Set-Cookie` from responses that a custom-protocol handler
 * returns, and its cookie store has refused or ignored cookies for custom schemes in several
 * Electron releases; Electron's `net` module also hides `Set-Cookie` from callers. So the
 * session cookie is not left to Chromium: main reads `Set-Cookie` from the case service's
 * answer, keeps it here, and adds `Cookie` to later `/api` requests to the same upstream.
 * The renderer sees neither header, so script injected into it cannot read the session.
 *
 * Held in memory only: quitting the app ends the session, as closing the laptop lid should
 * not leave a signed-in case desk behind on disk. Follows RFC 6265 for what matters with one
 * upstream origin: Path, Secure, Max-Age/Expires, Domain checked but treated as host-only,
 * and the `__Host-`/`__Secure-` prefixes.
 */

interface StoredCookie {
  name: string;
  value: string;
  path: string;
  secure: boolean;
  /** Milliseconds since the epoch; null for a cookie that lasts as long as the app runs. */
  expiresAt: number | null;
}

export const MAX_COOKIES_PER_ORIGIN = 50;
const MAX_COOKIE_BYTES = 4096;

export class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, StoredCookie>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Applies the `Set-Cookie` headers of a response to `url`. */
  store(url: URL, setCookieHeaders: readonly string[]): void {
    for (const header of setCookieHeaders) {
      const cookie = parseSetCookie(header, url, this.now());
      if (cookie === null) continue;
      const key = `${cookie.path}\n${cookie.name}`;
      const cookies = this.byOrigin.get(url.origin) ?? new Map<string, StoredCookie>();
      if (cookie.expiresAt !== null && cookie.expiresAt <= this.now()) {
        cookies.delete(key);
      } else if (cookies.has(key) || cookies.size < MAX_COOKIES_PER_ORIGIN) {
        cookies.set(key, cookie);
      }
      this.byOrigin.set(url.origin, cookies);
    }
  }

  /** The `Cookie` header for a request to `url`, or null when nothing applies. */
  cookieHeader(url: URL): string | null {
    const cookies = this.byOrigin.get(url.origin);
    if (!cookies) return null;
    const now = this.now();
    const matching: StoredCookie[] = [];
    for (const [key, cookie] of cookies) {
      if (cookie.expiresAt !== null && cookie.expiresAt <= now) {
        cookies.delete(key);
        continue;
      }
      if (cookie.secure && url.protocol !== 'https:') continue;
      if (!pathMatches(url.pathname, cookie.path)) continue;
      matching.push(cookie);
    }
    if (matching.length === 0) return null;
    // RFC 6265 5.4: longer paths first, so the most specific cookie wins on the server.
    matching.sort((a, b) => b.path.length - a.path.length);
    return matching.map((c) => `${c.name}=${c.value}`).join('; ');
  }

  clear(): void {
    this.byOrigin.clear();
  }
}

export function parseSetCookie(header: string, url: URL, now: number): StoredCookie | null {
  if (header.length > MAX_COOKIE_BYTES) return null;
  const [pair = '', ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  if (name === '' || /[\s;,=]/.test(name) || /[\s;,]/.test(value)) return null;

  let path: string | null = null;
  let secure = false;
  let domain: string | null = null;
  let maxAge: number | null = null;
  let expires: number | null = null;
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const attrValue = rest.join('=').trim();
    if (key === 'path') path = attrValue.startsWith('/') ? attrValue : null;
    else if (key === 'secure') secure = true;
    else if (key === 'domain') domain = attrValue.replace(/^\./, '').toLowerCase() || null;
    else if (key === 'max-age' && /^-?\d+$/.test(attrValue)) maxAge = Number(attrValue);
    else if (key === 'expires') {
      const at = Date.parse(attrValue);
      if (!Number.isNaN(at)) expires = at;
    }
  }

  if (domain !== null && !domainMatches(url.hostname.toLowerCase(), domain)) return null;
  if (secure && url.protocol !== 'https:') return null;
  if (name.startsWith('__Secure-') && !secure) return null;
  if (name.startsWith('__Host-') && (!secure || domain !== null || path !== '/')) return null;

  const expiresAt = maxAge !== null ? now + maxAge * 1000 : expires;
  return { name, value, path: path ?? defaultPath(url.pathname), secure, expiresAt };
}

function domainMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** RFC 6265 5.1.4: the request path up to, not including, its last slash. */
function defaultPath(requestPath: string): string {
  const lastSlash = requestPath.lastIndexOf('/');
  return lastSlash <= 0 ? '/' : requestPath.slice(0, lastSlash);
}

/** RFC 6265 5.1.4 path-match. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}
