import { describe, expect, it } from 'vitest';
import { isCrossSiteWrite } from './csrf-guard';

const url = 'http://127.0.0.1:8080/api/mutations';

describe('isCrossSiteWrite', () => {
  it('lets reads through whatever their origin', () => {
    expect(isCrossSiteWrite('GET', url, 'https://evil.example', 'cross-site')).toBe(false);
  });

  it('accepts writes from the same origin and from clients that send no Origin', () => {
    expect(isCrossSiteWrite('POST', url, 'http://127.0.0.1:8080', 'same-origin')).toBe(false);
    expect(isCrossSiteWrite('POST', url, undefined, undefined)).toBe(false);
  });

  it('refuses writes from another origin', () => {
    expect(isCrossSiteWrite('POST', url, 'https://evil.example', undefined)).toBe(true);
    expect(isCrossSiteWrite('DELETE', url, 'http://127.0.0.1:9999', undefined)).toBe(true);
  });

  it('refuses an opaque origin and a browser-declared cross-site request', () => {
    expect(isCrossSiteWrite('PATCH', url, 'null', undefined)).toBe(true);
    expect(isCrossSiteWrite('POST', url, undefined, 'cross-site')).toBe(true);
  });
});
