import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withSecurityHeaders } from './security-headers';

describe('content security policy', () => {
  it('is exactly the policy of the design', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
  });

  it('allows no inline or evaluated script and no remote source', () => {
    const scriptSources = CONTENT_SECURITY_POLICY.split('; ').filter(
      (d) => d.startsWith('script-src') || d.startsWith('default-src'),
    );
    expect(scriptSources).toEqual(["default-src 'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('withSecurityHeaders', () => {
  it('stamps the policy on a response, replacing a weaker one a producer set', async () => {
    const response = withSecurityHeaders(
      new Response('{"ok":true}', {
        status: 201,
        headers: {
          'Content-Type': 'application/json',
          'Content-Security-Policy': "default-src *; script-src 'unsafe-eval'",
        },
      }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.text()).toBe('{"ok":true}');
  });
});
