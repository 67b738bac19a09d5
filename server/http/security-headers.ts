import type { MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Two years, the usual preload minimum: once on HTTPS, a team server stays on it. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/**
 * The same strict headers on every response, API and renderer alike; HSTS too when the
 * service is reached over HTTPS (SECURE_COOKIES).
 */
export function securityHeaders(overHttps: boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    if (overHttps) headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    if (c.req.path.startsWith('/api/') && !headers.has('Cache-Control')) {
      // Case data must not linger in shared or disk caches.
      headers.set('Cache-Control', 'no-store');
    }
  };
}
