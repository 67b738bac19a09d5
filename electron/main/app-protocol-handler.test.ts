import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from './app-protocol-handler';
import { CONTENT_SECURITY_POLICY } from './security-headers';

let rendererDir: string;

beforeAll(() => {
  rendererDir = mkdtempSync(join(tmpdir(), 'desk-protocol-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Desk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'void 0');
});

afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

const handler = () =>
  createAppProtocolHandler({
    rendererDir,
    forwardApi: async (_request, pathAndQuery) => Response.json({ forwarded: pathAndQuery }),
  });

describe('app:// protocol handler', () => {
  it('serves the renderer, falls back for routes, and forwards /api', async () => {
    const handle = handler();
    expect(await (await handle(new Request('app://desk/'))).text()).toContain('Desk');
    expect(await (await handle(new Request('app://desk/queue'))).text()).toContain('Desk');
    expect(await (await handle(new Request('app://desk/assets/app.js'))).text()).toBe('void 0');
    expect(await (await handle(new Request('app://desk/api/setup'))).json()).toEqual({
      forwarded: '/api/setup',
    });
  });

  it('puts the CSP on every response, errors and API answers included', async () => {
    const handle = handler();
    for (const url of [
      'app://desk/',
      'app://desk/assets/missing.js',
      'app://desk/api/setup',
      'app://other/',
      'app://desk/..%2F..%2Fetc%2Fpasswd',
    ]) {
      const response = await handle(new Request(url));
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 500 without details when a producer throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const handle = createAppProtocolHandler({
      rendererDir,
      forwardApi: async () => {
        throw new Error('database password is hunter2');
      },
    });
    const response = await handle(new Request('app://desk/api/cases'));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('hunter2');
  });
});
